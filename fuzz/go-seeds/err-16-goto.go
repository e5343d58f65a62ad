package main

func main() { goto L
L: }
