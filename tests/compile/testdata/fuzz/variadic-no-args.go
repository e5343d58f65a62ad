package main

func sum(xs ...int) int { return len(xs) }

func main() { println(sum()) }
