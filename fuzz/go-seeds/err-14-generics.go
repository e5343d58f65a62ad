package main

func f[T any](x T) {}
func main() {}
