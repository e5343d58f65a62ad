package p

var s = "ab\u0%0e8"
