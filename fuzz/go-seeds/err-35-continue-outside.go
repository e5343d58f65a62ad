package main

func main() { continue }
