package main

import "t1"

func main() {
	t1.F()
}
