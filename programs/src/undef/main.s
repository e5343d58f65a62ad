// undef: Go's UNDEF (0f 0b, ud2): SIGILL, reported as Go 1.7 did.
TEXT ·bad(SB), $0-0
	UNDEF
	RET

TEXT ·main(SB), $0-0
	CALL	·bad(SB)
	RET
