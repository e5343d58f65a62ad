package main

func f() {}
func main() { f(1) }
