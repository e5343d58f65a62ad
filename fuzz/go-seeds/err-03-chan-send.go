package main

func main() { var x int; x <- 1 }
