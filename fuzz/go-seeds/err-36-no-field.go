package main

type T struct{ X int }
func main() { var t T; println(t.Y) }
