package main

func main() { break }
