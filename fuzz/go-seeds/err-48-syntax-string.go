package main

func main() { println("abc) }
