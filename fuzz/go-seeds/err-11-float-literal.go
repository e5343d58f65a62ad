package main

var f = 1.5
func main() {}
