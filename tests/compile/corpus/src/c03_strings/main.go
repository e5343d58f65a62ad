package main

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func main() {
	s := "hello, world"
	println(reverse(s), count(s, 'o'), len(s))
	words := []string{"b", "a", "c", "ab"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			if words[j] < words[i] {
				words[i], words[j] = words[j], words[i]
			}
		}
	}
	out := ""
	for _, w := range words {
		out += w + " "
	}
	println(out)
	println(s[7:], s[:5], s[3:3] == "", "x" > "abc")
	r := 0
	for _, c := range "aé€𝄞" {
		r += int(c)
	}
	println(r)
}
