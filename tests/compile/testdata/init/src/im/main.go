package main

import "ia"

var G = ia.X * 2
var names = []string{"a", "b"}

func init() {
	println("main: init", G, len(names))
}

func main() {
	println("main:", G, ia.Sq(7), ia.X)
}
