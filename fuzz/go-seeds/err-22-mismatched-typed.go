package main

func main() { var a int; var b string; println(a + b) }
