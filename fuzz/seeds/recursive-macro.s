#define a a
#define m(x) m(x)
TEXT ·r(SB), $0
	a
	m(1)
	RET
