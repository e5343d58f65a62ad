package main

var e error
func main() {}
