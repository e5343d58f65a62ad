package t1

func F() {
	defer func() {}()
}
