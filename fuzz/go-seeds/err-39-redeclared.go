package main

var a int
var a int
func main() {}
