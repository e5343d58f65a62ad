package main

func main() { var a [3]int; println(a[5]) }
