#!/usr/bin/env bats
# The run-time checks pic386 compile's code makes, reported as Go reported
# an unrecovered panic: the message, the goroutine's frames, exit status 2.

load ../helpers

setup() {
  setup_tmp
  export PIC386PATH=$TMP PIC386_CACHE=$TMP/cache
}

prog() {
  mkdir -p "src/$1"
  cat >"src/$1/main.go"
  run "$PIC386" build -o "o/$1" "$1"
  assert_success
  run "$PIC386" run "o/$1"
}

@test "index out of range" {
  prog idx <<'EOF2'
package main

func get(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2}
	println(get(s, 5))
}
EOF2
  assert_failure 2
  assert_line --index 0 'panic: runtime error: index out of range'
  assert_output --partial 'main.get('
  assert_output --partial 'main.main()'
}

@test "slice bounds out of range (lo > hi)" {
  prog sl <<'EOF2'
package main

func cut(s string, i, j int) string { return s[i:j] }

func main() {
	println(cut("hello", 1, 3))
	println(cut("hello", 3, 1))
}
EOF2
  assert_failure 2
  assert_line --index 0 'el'
  assert_line --index 1 'panic: runtime error: slice bounds out of range'
}

@test "integer divide by zero, and MinInt / -1 as Go defines it" {
  prog div <<'EOF2'
package main

func d(a, b int32) int32 { return a / b }

func main() {
	println(d(-2147483648, -1), d(7, -1))
	println(d(1, 0))
}
EOF2
  assert_failure 2
  assert_line --index 0 '-2147483648 -7'
  assert_line --index 1 'panic: runtime error: integer divide by zero'
}

@test "nil pointer dereference" {
  prog nilp <<'EOF2'
package main

type T struct{ x int }

func get(t *T) int { return t.x }

func main() {
	println(get(nil))
}
EOF2
  assert_failure 2
  assert_line --index 0 'panic: runtime error: invalid memory address or nil pointer dereference'
  assert_output --partial 'main.get(0x0'
}
