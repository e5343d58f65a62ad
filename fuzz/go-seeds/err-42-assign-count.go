package main

func main() { var a, b int; a, b = 1; println(a, b) }
