package main

var c = 2i
func main() {}
