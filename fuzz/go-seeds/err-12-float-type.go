package main

var f float64
func main() {}
