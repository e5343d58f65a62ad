package main

import "runtime"
func main() {}
