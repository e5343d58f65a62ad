package main

func main() { var a int; a = "x"; println(a) }
