package main

var b uint8 = 300
func main() {}
