#include "textflag.h"

TEXT ·enc(SB), NOSPLIT, $0-0
	// MOV: register to register
	MOVL AX, BX // 89c3
	MOVL BX, AX // 89d8
	MOVL CX, DX // 89ca
	MOVL DX, CX // 89d1
	MOVL SP, BP // 89e5
	MOVL BP, SP // 89ec
	MOVL SI, DI // 89f7
	MOVL DI, SI // 89fe
	MOVW AX, BX // 6689c3
	MOVW SI, DI // 6689f7
	MOVB AL, BL // 88c3
	MOVB CL, DL // 88ca
	MOVB AH, CH // 88e5
	MOVB DH, BH // 88f7
	MOVB BH, AL // 88f8
	MOVB CH, DL // 88ea
	// MOVL: memory, all addressing forms
	MOVL (BX), AX // 8b03
	MOVL 8(BX), AX // 8b4308
	MOVL -8(BP), AX // 8b45f8
	MOVL (BP), AX // 8b4500
	MOVL 0x1000(DI), AX // 8b8700100000
	MOVL -129(SI), AX // 8b867fffffff
	MOVL (BX)(SI*4), AX // 8b04b3
	MOVL 16(BX)(SI*8), AX // 8b44f310
	MOVL 8(BX)(SI*4), AX // 8b44b308
	MOVL (AX)(DX*2), AX // 8b0450
	MOVL (BP)(CX*1), AX // 8b440d00
	MOVL 0(SP), AX // 8b0424
	MOVL 4(SP), AX // 8b442404
	MOVL (SP)(AX*1), AX // 8b0404
	MOVL sym(SB), AX // a1xxxxxxxx (go: 8b05xxxxxxxx)
	MOVL sym+8(SB), AX // a1xxxxxxxx (go: 8b05xxxxxxxx)
	MOVL sym(SB)(CX*4), AX // 8b048dxxxxxxxx
	MOVL CX, (BX) // 890b
	MOVL CX, 8(BX) // 894b08
	MOVL CX, -8(BP) // 894df8
	MOVL CX, (BP) // 894d00
	MOVL CX, 0x1000(DI) // 898f00100000
	MOVL CX, -129(SI) // 898e7fffffff
	MOVL CX, (BX)(SI*4) // 890cb3
	MOVL CX, 16(BX)(SI*8) // 894cf310
	MOVL CX, 8(BX)(SI*4) // 894cb308
	MOVL CX, (AX)(DX*2) // 890c50
	MOVL CX, (BP)(CX*1) // 894c0d00
	MOVL CX, 0(SP) // 890c24
	MOVL CX, 4(SP) // 894c2404
	MOVL CX, (SP)(AX*1) // 890c04
	MOVL CX, sym(SB) // 890dxxxxxxxx
	MOVL CX, sym+8(SB) // 890dxxxxxxxx
	MOVL CX, sym(SB)(CX*4) // 890c8dxxxxxxxx
	MOVL sym(SB), DX // 8b15xxxxxxxx
	MOVL DX, sym+8(SB) // 8915xxxxxxxx
	MOVL AX, sym(SB) // a3xxxxxxxx (go: 8905xxxxxxxx)
	MOVL AX, sym+8(SB) // a3xxxxxxxx (go: 8905xxxxxxxx)
	MOVW AX, sym+8(SB) // 66a3xxxxxxxx (go: 668905xxxxxxxx)
	MOVB AL, sym(SB) // a2xxxxxxxx (go: 8805xxxxxxxx)
	// MOVL: immediates
	MOVL $0, AX // b800000000 (go1.7: 31c0)
	MOVL $1, AX // b801000000
	MOVL $-1, AX // b8ffffffff
	MOVL $127, AX // b87f000000
	MOVL $128, AX // b880000000
	MOVL $-129, AX // b87fffffff
	MOVL $0x7fffffff, AX // b8ffffff7f
	MOVL $-0x80000000, AX // b800000080
	MOVL $0xffffffff, AX // b8ffffffff
	MOVL $(1<<4), DI // bf10000000
	MOVL $(3*4+1), DI // bf0d000000
	MOVL $~7, DI // bff8ffffff
	MOVL $'a', DI // bf61000000
	MOVL $0x12345678, BP // bd78563412
	MOVL $1, (BX) // c70301000000
	MOVL $-1, 8(BX) // c74308ffffffff
	MOVL $0x12345678, 16(BX)(SI*8) // c744f31078563412
	MOVL $7, 4(SP) // c744240407000000
	MOVL $7, sym(SB) // c705xxxxxxxx07000000
	MOVL $sym(SB), AX // b8xxxxxxxx
	MOVL $sym+8(SB), CX // b9xxxxxxxx
	// MOVW / MOVB: memory and immediates
	MOVW (BX), AX // 668b03
	MOVW DX, (BX) // 668913
	MOVW -8(BP), AX // 668b45f8
	MOVW DX, -8(BP) // 668955f8
	MOVW (BX)(SI*4), AX // 668b04b3
	MOVW DX, (BX)(SI*4) // 668914b3
	MOVW sym(SB), AX // 66a1xxxxxxxx (go: 668b05xxxxxxxx)
	MOVW DX, sym(SB) // 668915xxxxxxxx
	MOVW $0x1234, AX // 66b83412
	MOVW $-1, SI // 66beffff
	MOVW $0xffff, (BX) // 66c703ffff
	MOVW $(1<<4), 8(BX) // 66c743081000
	MOVB (BX), AL // 8a03
	MOVB BH, (BX) // 883b
	MOVB -8(BP), AL // 8a45f8
	MOVB BH, -8(BP) // 887df8
	MOVB 16(BX)(SI*8), AL // 8a44f310
	MOVB BH, 16(BX)(SI*8) // 887cf310
	MOVB 0(SP), AL // 8a0424
	MOVB BH, 0(SP) // 883c24
	MOVB sym+8(SB), AL // a0xxxxxxxx (go: 8a05xxxxxxxx)
	MOVB BH, sym+8(SB) // 883dxxxxxxxx
	MOVB $0, AL // b000
	MOVB $-1, CH // b5ff
	MOVB $127, DL // b27f
	MOVB $128, BL // b380
	MOVB $'a', AH // b461
	MOVB $0xff, (BX) // c603ff
	MOVB $~7, 8(BX)(SI*4) // c644b308f8
	// zero/sign extension
	MOVBLZX AL, AX // 0fb6c0
	MOVBLZX BH, CX // 0fb6cf
	MOVBLZX (BX), DX // 0fb613
	MOVBLZX 8(BX)(SI*4), SI // 0fb674b308
	MOVBLZX sym(SB), DI // 0fb63dxxxxxxxx
	MOVBLSX AL, AX // 0fbec0
	MOVBLSX BH, CX // 0fbecf
	MOVBLSX (BX), DX // 0fbe13
	MOVBLSX 8(BX)(SI*4), SI // 0fbe74b308
	MOVBLSX sym(SB), DI // 0fbe3dxxxxxxxx
	MOVWLZX AX, AX // 0fb7c0
	MOVWLZX BP, CX // 0fb7cd
	MOVWLZX -8(BP), DX // 0fb755f8
	MOVWLZX (SP)(AX*1), BX // 0fb71c04
	MOVWLSX AX, AX // 0fbfc0
	MOVWLSX BP, CX // 0fbfcd
	MOVWLSX -8(BP), DX // 0fbf55f8
	MOVWLSX (SP)(AX*1), BX // 0fbf1c04
	// LEAL
	LEAL (BX), AX // 8d03
	LEAL 8(BX), AX // 8d4308
	LEAL -8(BP), AX // 8d45f8
	LEAL (BX)(SI*4), AX // 8d04b3
	LEAL 16(BX)(SI*8), AX // 8d44f310
	LEAL 0(SP), AX // 8d0424
	LEAL 4(SP), AX // 8d442404
	LEAL (SP)(AX*1), AX // 8d0404
	LEAL sym(SB), AX // 8d05xxxxxxxx
	LEAL sym+8(SB), AX // 8d05xxxxxxxx
	LEAL sym(SB)(CX*4), AX // 8d048dxxxxxxxx
	LEAL -129(SI), AX // 8d867fffffff
	LEAL (AX)(AX*2), CX // 8d0c40
	LEAL 1(DX)(DX*8), DX // 8d54d201
	// ADDB/W/L
	ADDL BX, AX // 01d8
	ADDL AX, BX // 01c3
	ADDL SI, DI // 01f7
	ADDL (BX), DX // 0313
	ADDL DX, (BX) // 0113
	ADDL 8(BX)(SI*4), DX // 0354b308
	ADDL DX, 8(BX)(SI*4) // 0154b308
	ADDL sym(SB), DX // 0315xxxxxxxx
	ADDL DX, sym(SB) // 0115xxxxxxxx
	ADDL $1, AX // 83c001
	ADDL $128, AX // 0580000000
	ADDL $1, BX // 83c301
	ADDL $-129, BX // 81c37fffffff
	ADDL $0x7fffffff, BX // 81c3ffffff7f
	ADDL $1, (BX) // 830301
	ADDL $-1, 8(BX) // 834308ff
	ADDL $0x12345678, 16(BX)(SI*8) // 8144f31078563412
	ADDL $128, sym(SB) // 8105xxxxxxxx80000000
	ADDW BX, AX // 6601d8
	ADDW (BX), DX // 660313
	ADDW DX, (BX) // 660113
	ADDW -8(BP), DX // 660355f8
	ADDW DX, -8(BP) // 660155f8
	ADDW $1, AX // 6683c001
	ADDW $0x1234, AX // 66053412
	ADDW $-1, BX // 6683c3ff
	ADDW $0x1234, BX // 6681c33412
	ADDW $1, (BX) // 66830301
	ADDW $0x1234, -8(BP) // 668145f83412
	ADDB BL, AL // 00d8
	ADDB AH, CL // 00e1
	ADDB (BX), DL // 0213
	ADDB DL, (BX) // 0013
	ADDB -8(BP), DL // 0255f8
	ADDB DL, -8(BP) // 0055f8
	ADDB $1, AL // 0401
	ADDB $-1, AL // 04ff
	ADDB $0x7f, BL // 80c37f
	ADDB $128, CH // 80c580
	ADDB $1, (BX) // 800301
	ADDB $0xff, 8(BX)(SI*4) // 8044b308ff
	// SUBB/W/L
	SUBL BX, AX // 29d8
	SUBL AX, BX // 29c3
	SUBL SI, DI // 29f7
	SUBL (BX), DX // 2b13
	SUBL DX, (BX) // 2913
	SUBL 8(BX)(SI*4), DX // 2b54b308
	SUBL DX, 8(BX)(SI*4) // 2954b308
	SUBL sym(SB), DX // 2b15xxxxxxxx
	SUBL DX, sym(SB) // 2915xxxxxxxx
	SUBL $1, AX // 83e801
	SUBL $128, AX // 2d80000000
	SUBL $1, BX // 83eb01
	SUBL $-129, BX // 81eb7fffffff
	SUBL $0x7fffffff, BX // 81ebffffff7f
	SUBL $1, (BX) // 832b01
	SUBL $-1, 8(BX) // 836b08ff
	SUBL $0x12345678, 16(BX)(SI*8) // 816cf31078563412
	SUBL $128, sym(SB) // 812dxxxxxxxx80000000
	SUBW BX, AX // 6629d8
	SUBW (BX), DX // 662b13
	SUBW DX, (BX) // 662913
	SUBW -8(BP), DX // 662b55f8
	SUBW DX, -8(BP) // 662955f8
	SUBW $1, AX // 6683e801
	SUBW $0x1234, AX // 662d3412
	SUBW $-1, BX // 6683ebff
	SUBW $0x1234, BX // 6681eb3412
	SUBW $1, (BX) // 66832b01
	SUBW $0x1234, -8(BP) // 66816df83412
	SUBB BL, AL // 28d8
	SUBB AH, CL // 28e1
	SUBB (BX), DL // 2a13
	SUBB DL, (BX) // 2813
	SUBB -8(BP), DL // 2a55f8
	SUBB DL, -8(BP) // 2855f8
	SUBB $1, AL // 2c01
	SUBB $-1, AL // 2cff
	SUBB $0x7f, BL // 80eb7f
	SUBB $128, CH // 80ed80
	SUBB $1, (BX) // 802b01
	SUBB $0xff, 8(BX)(SI*4) // 806cb308ff
	// ANDB/W/L
	ANDL BX, AX // 21d8
	ANDL AX, BX // 21c3
	ANDL SI, DI // 21f7
	ANDL (BX), DX // 2313
	ANDL DX, (BX) // 2113
	ANDL 8(BX)(SI*4), DX // 2354b308
	ANDL DX, 8(BX)(SI*4) // 2154b308
	ANDL sym(SB), DX // 2315xxxxxxxx
	ANDL DX, sym(SB) // 2115xxxxxxxx
	ANDL $1, AX // 83e001
	ANDL $128, AX // 2580000000
	ANDL $1, BX // 83e301
	ANDL $-129, BX // 81e37fffffff
	ANDL $0x7fffffff, BX // 81e3ffffff7f
	ANDL $1, (BX) // 832301
	ANDL $-1, 8(BX) // 836308ff
	ANDL $0x12345678, 16(BX)(SI*8) // 8164f31078563412
	ANDL $128, sym(SB) // 8125xxxxxxxx80000000
	ANDW BX, AX // 6621d8
	ANDW (BX), DX // 662313
	ANDW DX, (BX) // 662113
	ANDW -8(BP), DX // 662355f8
	ANDW DX, -8(BP) // 662155f8
	ANDW $1, AX // 6683e001
	ANDW $0x1234, AX // 66253412
	ANDW $-1, BX // 6683e3ff
	ANDW $0x1234, BX // 6681e33412
	ANDW $1, (BX) // 66832301
	ANDW $0x1234, -8(BP) // 668165f83412
	ANDB BL, AL // 20d8
	ANDB AH, CL // 20e1
	ANDB (BX), DL // 2213
	ANDB DL, (BX) // 2013
	ANDB -8(BP), DL // 2255f8
	ANDB DL, -8(BP) // 2055f8
	ANDB $1, AL // 2401
	ANDB $-1, AL // 24ff
	ANDB $0x7f, BL // 80e37f
	ANDB $128, CH // 80e580
	ANDB $1, (BX) // 802301
	ANDB $0xff, 8(BX)(SI*4) // 8064b308ff
	// ORB/W/L
	ORL BX, AX // 09d8
	ORL AX, BX // 09c3
	ORL SI, DI // 09f7
	ORL (BX), DX // 0b13
	ORL DX, (BX) // 0913
	ORL 8(BX)(SI*4), DX // 0b54b308
	ORL DX, 8(BX)(SI*4) // 0954b308
	ORL sym(SB), DX // 0b15xxxxxxxx
	ORL DX, sym(SB) // 0915xxxxxxxx
	ORL $1, AX // 83c801
	ORL $128, AX // 0d80000000
	ORL $1, BX // 83cb01
	ORL $-129, BX // 81cb7fffffff
	ORL $0x7fffffff, BX // 81cbffffff7f
	ORL $1, (BX) // 830b01
	ORL $-1, 8(BX) // 834b08ff
	ORL $0x12345678, 16(BX)(SI*8) // 814cf31078563412
	ORL $128, sym(SB) // 810dxxxxxxxx80000000
	ORW BX, AX // 6609d8
	ORW (BX), DX // 660b13
	ORW DX, (BX) // 660913
	ORW -8(BP), DX // 660b55f8
	ORW DX, -8(BP) // 660955f8
	ORW $1, AX // 6683c801
	ORW $0x1234, AX // 660d3412
	ORW $-1, BX // 6683cbff
	ORW $0x1234, BX // 6681cb3412
	ORW $1, (BX) // 66830b01
	ORW $0x1234, -8(BP) // 66814df83412
	ORB BL, AL // 08d8
	ORB AH, CL // 08e1
	ORB (BX), DL // 0a13
	ORB DL, (BX) // 0813
	ORB -8(BP), DL // 0a55f8
	ORB DL, -8(BP) // 0855f8
	ORB $1, AL // 0c01
	ORB $-1, AL // 0cff
	ORB $0x7f, BL // 80cb7f
	ORB $128, CH // 80cd80
	ORB $1, (BX) // 800b01
	ORB $0xff, 8(BX)(SI*4) // 804cb308ff
	// XORB/W/L
	XORL BX, AX // 31d8
	XORL AX, BX // 31c3
	XORL SI, DI // 31f7
	XORL (BX), DX // 3313
	XORL DX, (BX) // 3113
	XORL 8(BX)(SI*4), DX // 3354b308
	XORL DX, 8(BX)(SI*4) // 3154b308
	XORL sym(SB), DX // 3315xxxxxxxx
	XORL DX, sym(SB) // 3115xxxxxxxx
	XORL $1, AX // 83f001
	XORL $128, AX // 3580000000
	XORL $1, BX // 83f301
	XORL $-129, BX // 81f37fffffff
	XORL $0x7fffffff, BX // 81f3ffffff7f
	XORL $1, (BX) // 833301
	XORL $-1, 8(BX) // 837308ff
	XORL $0x12345678, 16(BX)(SI*8) // 8174f31078563412
	XORL $128, sym(SB) // 8135xxxxxxxx80000000
	XORW BX, AX // 6631d8
	XORW (BX), DX // 663313
	XORW DX, (BX) // 663113
	XORW -8(BP), DX // 663355f8
	XORW DX, -8(BP) // 663155f8
	XORW $1, AX // 6683f001
	XORW $0x1234, AX // 66353412
	XORW $-1, BX // 6683f3ff
	XORW $0x1234, BX // 6681f33412
	XORW $1, (BX) // 66833301
	XORW $0x1234, -8(BP) // 668175f83412
	XORB BL, AL // 30d8
	XORB AH, CL // 30e1
	XORB (BX), DL // 3213
	XORB DL, (BX) // 3013
	XORB -8(BP), DL // 3255f8
	XORB DL, -8(BP) // 3055f8
	XORB $1, AL // 3401
	XORB $-1, AL // 34ff
	XORB $0x7f, BL // 80f37f
	XORB $128, CH // 80f580
	XORB $1, (BX) // 803301
	XORB $0xff, 8(BX)(SI*4) // 8074b308ff
	// ADCB/W/L
	ADCL BX, AX // 11d8
	ADCL AX, BX // 11c3
	ADCL SI, DI // 11f7
	ADCL (BX), DX // 1313
	ADCL DX, (BX) // 1113
	ADCL 8(BX)(SI*4), DX // 1354b308
	ADCL DX, 8(BX)(SI*4) // 1154b308
	ADCL sym(SB), DX // 1315xxxxxxxx
	ADCL DX, sym(SB) // 1115xxxxxxxx
	ADCL $1, AX // 83d001
	ADCL $128, AX // 1580000000
	ADCL $1, BX // 83d301
	ADCL $-129, BX // 81d37fffffff
	ADCL $0x7fffffff, BX // 81d3ffffff7f
	ADCL $1, (BX) // 831301
	ADCL $-1, 8(BX) // 835308ff
	ADCL $0x12345678, 16(BX)(SI*8) // 8154f31078563412
	ADCL $128, sym(SB) // 8115xxxxxxxx80000000
	ADCW BX, AX // 6611d8
	ADCW (BX), DX // 661313
	ADCW DX, (BX) // 661113
	ADCW -8(BP), DX // 661355f8
	ADCW DX, -8(BP) // 661155f8
	ADCW $1, AX // 6683d001
	ADCW $0x1234, AX // 66153412
	ADCW $-1, BX // 6683d3ff
	ADCW $0x1234, BX // 6681d33412
	ADCW $1, (BX) // 66831301
	ADCW $0x1234, -8(BP) // 668155f83412
	ADCB BL, AL // 10d8
	ADCB AH, CL // 10e1
	ADCB (BX), DL // 1213 (Go 1.7: 10.., operands reversed by a bug in its table; not copied)
	ADCB DL, (BX) // 1013
	ADCB -8(BP), DL // 1255f8 (Go 1.7: 10.., operands reversed by a bug in its table; not copied)
	ADCB DL, -8(BP) // 1055f8
	ADCB $1, AL // 1401
	ADCB $-1, AL // 14ff
	ADCB $0x7f, BL // 80d37f
	ADCB $128, CH // 80d580
	ADCB $1, (BX) // 801301
	ADCB $0xff, 8(BX)(SI*4) // 8054b308ff
	// SBBB/W/L
	SBBL BX, AX // 19d8
	SBBL AX, BX // 19c3
	SBBL SI, DI // 19f7
	SBBL (BX), DX // 1b13
	SBBL DX, (BX) // 1913
	SBBL 8(BX)(SI*4), DX // 1b54b308
	SBBL DX, 8(BX)(SI*4) // 1954b308
	SBBL sym(SB), DX // 1b15xxxxxxxx
	SBBL DX, sym(SB) // 1915xxxxxxxx
	SBBL $1, AX // 83d801
	SBBL $128, AX // 1d80000000
	SBBL $1, BX // 83db01
	SBBL $-129, BX // 81db7fffffff
	SBBL $0x7fffffff, BX // 81dbffffff7f
	SBBL $1, (BX) // 831b01
	SBBL $-1, 8(BX) // 835b08ff
	SBBL $0x12345678, 16(BX)(SI*8) // 815cf31078563412
	SBBL $128, sym(SB) // 811dxxxxxxxx80000000
	SBBW BX, AX // 6619d8
	SBBW (BX), DX // 661b13
	SBBW DX, (BX) // 661913
	SBBW -8(BP), DX // 661b55f8
	SBBW DX, -8(BP) // 661955f8
	SBBW $1, AX // 6683d801
	SBBW $0x1234, AX // 661d3412
	SBBW $-1, BX // 6683dbff
	SBBW $0x1234, BX // 6681db3412
	SBBW $1, (BX) // 66831b01
	SBBW $0x1234, -8(BP) // 66815df83412
	SBBB BL, AL // 18d8
	SBBB AH, CL // 18e1
	SBBB (BX), DL // 1a13
	SBBB DL, (BX) // 1813
	SBBB -8(BP), DL // 1a55f8
	SBBB DL, -8(BP) // 1855f8
	SBBB $1, AL // 1c01
	SBBB $-1, AL // 1cff
	SBBB $0x7f, BL // 80db7f
	SBBB $128, CH // 80dd80
	SBBB $1, (BX) // 801b01
	SBBB $0xff, 8(BX)(SI*4) // 805cb308ff
	// CMPB/W/L
	CMPL BX, AX // 39c3
	CMPL AX, BX // 39d8
	CMPL SI, DI // 39fe
	CMPL DX, (BX) // 3b13
	CMPL (BX), DX // 3913
	CMPL DX, 8(BX)(SI*4) // 3b54b308
	CMPL 8(BX)(SI*4), DX // 3954b308
	CMPL DX, sym(SB) // 3b15xxxxxxxx
	CMPL sym(SB), DX // 3915xxxxxxxx
	CMPL AX, $1 // 83f801
	CMPL AX, $128 // 3d80000000
	CMPL BX, $1 // 83fb01
	CMPL BX, $-129 // 81fb7fffffff
	CMPL BX, $0x7fffffff // 81fbffffff7f
	CMPL (BX), $1 // 833b01
	CMPL 8(BX), $-1 // 837b08ff
	CMPL 16(BX)(SI*8), $0x12345678 // 817cf31078563412
	CMPL sym(SB), $128 // 813dxxxxxxxx80000000
	CMPW BX, AX // 6639c3
	CMPW DX, (BX) // 663b13
	CMPW (BX), DX // 663913
	CMPW DX, -8(BP) // 663b55f8
	CMPW -8(BP), DX // 663955f8
	CMPW AX, $1 // 6683f801
	CMPW AX, $0x1234 // 663d3412
	CMPW BX, $-1 // 6683fbff
	CMPW BX, $0x1234 // 6681fb3412
	CMPW (BX), $1 // 66833b01
	CMPW -8(BP), $0x1234 // 66817df83412
	CMPB BL, AL // 38c3
	CMPB AH, CL // 38cc
	CMPB DL, (BX) // 3a13
	CMPB (BX), DL // 3813
	CMPB DL, -8(BP) // 3a55f8
	CMPB -8(BP), DL // 3855f8
	CMPB AL, $1 // 3c01
	CMPB AL, $-1 // 3cff
	CMPB BL, $0x7f // 80fb7f
	CMPB CH, $128 // 80fd80
	CMPB (BX), $1 // 803b01
	CMPB 8(BX)(SI*4), $0xff // 807cb308ff
	// ADDL/ANDL/CMPL immediate sweep
	ADDL $0, CX // 83c100
	ADDL $1, CX // 83c101
	ADDL $-1, CX // 83c1ff
	ADDL $127, CX // 83c17f
	ADDL $128, CX // 81c180000000
	ADDL $-129, CX // 81c17fffffff
	ADDL $0x7fffffff, CX // 81c1ffffff7f
	ADDL $-0x80000000, CX // 81c100000080
	ADDL $0xffffffff, CX // 83c1ff
	ANDL $0, AX // 83e000
	ANDL $1, AX // 83e001
	ANDL $-1, AX // 83e0ff
	ANDL $127, AX // 83e07f
	ANDL $128, AX // 2580000000
	ANDL $-129, AX // 257fffffff
	ANDL $0x7fffffff, AX // 25ffffff7f
	ANDL $-0x80000000, AX // 2500000080
	ANDL $0xffffffff, AX // 83e0ff
	CMPL SI, $0 // 83fe00
	CMPL SI, $1 // 83fe01
	CMPL SI, $-1 // 83feff
	CMPL SI, $127 // 83fe7f
	CMPL SI, $128 // 81fe80000000
	CMPL SI, $-129 // 81fe7fffffff
	CMPL SI, $0x7fffffff // 81feffffff7f
	CMPL SI, $-0x80000000 // 81fe00000080
	CMPL SI, $0xffffffff // 83feff
	ORL $(1<<4), DX // 83ca10
	SUBL $(1<<4), AX // 83e810
	ORL $(3*4+1), DX // 83ca0d
	SUBL $(3*4+1), AX // 83e80d
	ORL $~7, DX // 83caf8
	SUBL $~7, AX // 83e8f8
	ORL $'a', DX // 83ca61
	SUBL $'a', AX // 83e861
	// TESTB/W/L
	TESTL AX, BX // 85c3
	TESTL SI, SI // 85f6
	TESTL CX, (BX) // 850b
	TESTL DX, 8(BX)(SI*4) // 8554b308
	TESTL $1, AX // a901000000
	TESTL $0x80000000, AX // a900000080
	TESTL $1, BX // f7c301000000
	TESTL $-1, DI // f7c7ffffffff
	TESTL $0x100, (BX) // f70300010000
	TESTL $1, sym(SB) // f705xxxxxxxx01000000
	TESTW AX, BX // 6685c3
	TESTW $0x1234, AX // 66a93412
	TESTW $1, CX // 66f7c10100
	TESTW $1, -8(BP) // 66f745f80100
	TESTB AL, BL // 84c3
	TESTB AH, AH // 84e4
	TESTB $1, AL // a801
	TESTB $0x80, DH // f6c680
	TESTB $1, (BX) // f60301
	TESTB CL, 16(BX)(SI*8) // 844cf310
	// INC/DEC/NEG/NOT
	INCL AX // 40
	INCL DI // 47
	INCL (BX) // ff03
	INCL sym(SB) // ff05xxxxxxxx
	INCW CX // 6641 (go: 66ffc1)
	INCW 8(BX) // 66ff4308
	INCB AL // fec0
	INCB BH // fec7
	INCB (BX)(SI*4) // fe04b3
	DECL AX // 48
	DECL DI // 4f
	DECL (BX) // ff0b
	DECL sym(SB) // ff0dxxxxxxxx
	DECW CX // 6649 (go: 66ffc9)
	DECW 8(BX) // 66ff4b08
	DECB AL // fec8
	DECB BH // fecf
	DECB (BX)(SI*4) // fe0cb3
	NEGL AX // f7d8
	NEGL DI // f7df (go: 87dff7db87df)
	NEGL (BX) // f71b
	NEGL sym(SB) // f71dxxxxxxxx
	NEGW CX // 66f7d9
	NEGW 8(BX) // 66f75b08
	NEGB AL // f6d8
	NEGB BH // f6df
	NEGB (BX)(SI*4) // f61cb3
	NOTL AX // f7d0
	NOTL DI // f7d7 (go: 87dff7d387df)
	NOTL (BX) // f713
	NOTL sym(SB) // f715xxxxxxxx
	NOTW CX // 66f7d1
	NOTW 8(BX) // 66f75308
	NOTB AL // f6d0
	NOTB BH // f6d7
	NOTB (BX)(SI*4) // f614b3
	// multiply and divide
	IMULL CX // f7e9
	IMULL (BX) // f72b
	IMULL CX, AX // 0fafc1
	IMULL SI, DI // 0faffe
	IMULL 8(BX), AX // 0faf4308
	IMULL $7, AX // 6bc007
	IMULL $300, DX // 69d22c010000
	IMUL3L $7, CX, AX // 6bc107
	IMUL3L $-1, BX, BX // 6bdbff
	IMUL3L $300, (BX), AX // 69032c010000
	IMUL3L $0x12345678, 8(BX)(SI*4), DI // 697cb30878563412
	IMULW CX, AX // 660fafc1
	IMULB CL // f6e9
	MULL CX // f7e1
	MULL (BX) // f723
	MULL sym(SB) // f725xxxxxxxx
	MULB BL // f6e3
	MULW CX // 66f7e1
	DIVL CX // f7f1
	DIVL 8(BX) // f77308
	DIVB CL // f6f1
	DIVW BX // 66f7f3
	IDIVL CX // f7f9
	IDIVL -8(BP) // f77df8
	IDIVB DH // f6fe
	IDIVW SI // 66f7fe
	CDQ // 99
	// SHLB/W/L
	SHLL $1, AX // d1e0
	SHLL $3, BX // c1e303
	SHLL $31, SI // c1e61f
	SHLL CX, DX // d3e2
	SHLL $1, (BX) // d123
	SHLL $4, 8(BX)(SI*4) // c164b30804
	SHLL CX, -8(BP) // d365f8
	SHLW $1, AX // 66d1e0
	SHLW $5, DI // 66c1e705
	SHLW CX, BX // 66d3e3
	SHLB $1, AL // d0e0
	SHLB $2, AH // c0e402
	SHLB CX, BL // d2e3
	SHLB $7, (BX) // c02307
	// SHRB/W/L
	SHRL $1, AX // d1e8
	SHRL $3, BX // c1eb03
	SHRL $31, SI // c1ee1f
	SHRL CX, DX // d3ea
	SHRL $1, (BX) // d12b
	SHRL $4, 8(BX)(SI*4) // c16cb30804
	SHRL CX, -8(BP) // d36df8
	SHRW $1, AX // 66d1e8
	SHRW $5, DI // 66c1ef05
	SHRW CX, BX // 66d3eb
	SHRB $1, AL // d0e8
	SHRB $2, AH // c0ec02
	SHRB CX, BL // d2eb
	SHRB $7, (BX) // c02b07
	// SARB/W/L
	SARL $1, AX // d1f8
	SARL $3, BX // c1fb03
	SARL $31, SI // c1fe1f
	SARL CX, DX // d3fa
	SARL $1, (BX) // d13b
	SARL $4, 8(BX)(SI*4) // c17cb30804
	SARL CX, -8(BP) // d37df8
	SARW $1, AX // 66d1f8
	SARW $5, DI // 66c1ff05
	SARW CX, BX // 66d3fb
	SARB $1, AL // d0f8
	SARB $2, AH // c0fc02
	SARB CX, BL // d2fb
	SARB $7, (BX) // c03b07
	// ROLB/W/L
	ROLL $1, AX // d1c0
	ROLL $3, BX // c1c303
	ROLL $31, SI // c1c61f
	ROLL CX, DX // d3c2
	ROLL $1, (BX) // d103
	ROLL $4, 8(BX)(SI*4) // c144b30804
	ROLL CX, -8(BP) // d345f8
	ROLW $1, AX // 66d1c0
	ROLW $5, DI // 66c1c705
	ROLW CX, BX // 66d3c3
	ROLB $1, AL // d0c0
	ROLB $2, AH // c0c402
	ROLB CX, BL // d2c3
	ROLB $7, (BX) // c00307
	// RORB/W/L
	RORL $1, AX // d1c8
	RORL $3, BX // c1cb03
	RORL $31, SI // c1ce1f
	RORL CX, DX // d3ca
	RORL $1, (BX) // d10b
	RORL $4, 8(BX)(SI*4) // c14cb30804
	RORL CX, -8(BP) // d34df8
	RORW $1, AX // 66d1c8
	RORW $5, DI // 66c1cf05
	RORW CX, BX // 66d3cb
	RORB $1, AL // d0c8
	RORB $2, AH // c0cc02
	RORB CX, BL // d2cb
	RORB $7, (BX) // c00b07
	// double shifts (SHLD/SHRD)
	SHLL $3, DX, AX // 0fa4d003
	SHLL CX, DX, AX // 0fa5d0
	SHRL $3, DX, AX // 0facd003
	SHRL CX, DX, AX // 0fadd0
	SHLL $31, SI, (BX) // 0fa4331f
	SHRL CX, BX, 8(BX) // 0fad5b08
	SHLW $4, DX, AX // 660fa4d004
	SHRW CX, DX, AX // 660fadd0
	// exchange and atomics
	XCHGB AL, BL // 86c3
	XCHGB AH, CL // 86e1
	XCHGB DL, (BX) // 8613
	XCHGL AX, AX // 90
	XCHGL AX, BX // 93
	XCHGL BX, AX // 93
	XCHGL BX, CX // 87d9
	XCHGL SI, DI // 87f7
	XCHGL CX, (BX) // 870b
	XCHGL (BX), CX // 870b
	XCHGL AX, sym(SB) // 8705xxxxxxxx
	XCHGW AX, CX // 6691
	CMPXCHGL CX, (BX) // 0fb10b
	CMPXCHGL DX, BX // 0fb1d3
	CMPXCHGL SI, 8(BX)(SI*4) // 0fb174b308
	CMPXCHGB CL, (BX) // 0fb00b
	CMPXCHG8B (DI) // 0fc70f
	XADDL AX, (BX) // 0fc103
	XADDL AX, BX // 0fc1c3
	XADDL CX, sym(SB) // 0fc10dxxxxxxxx
	XADDB AL, (BX) // 0fc003
	LOCK // f0
	XADDL AX, (BX) // 0fc103
	LOCK // f0
	CMPXCHGL CX, 4(DX) // 0fb14a04
	LOCK // f0
	INCL (BX) // ff03
	LOCK // f0
	ORL $0, 0(SP) // 830c2400
	LOCK; XADDL CX, 8(BX) // f00fc14b08
	// SETcc
	SETEQ AL // 0f94c0
	SETNE AL // 0f95c0
	SETLT AL // 0f9cc0
	SETLE AL // 0f9ec0
	SETGT AL // 0f9fc0
	SETGE AL // 0f9dc0
	SETCS AL // 0f92c0
	SETCC AL // 0f93c0
	SETLS AL // 0f96c0
	SETHI AL // 0f97c0
	SETMI AL // 0f98c0
	SETPL AL // 0f99c0
	SETOS AL // 0f90c0
	SETOC AL // 0f91c0
	SETPS AL // 0f9ac0
	SETPC AL // 0f9bc0
	SETEQ (BX) // 0f9403
	SETNE (BX) // 0f9503
	SETLT (BX) // 0f9c03
	SETLE (BX) // 0f9e03
	SETGT (BX) // 0f9f03
	SETGE (BX) // 0f9d03
	SETCS (BX) // 0f9203
	SETCC (BX) // 0f9303
	SETLS (BX) // 0f9603
	SETHI (BX) // 0f9703
	SETMI (BX) // 0f9803
	SETPL (BX) // 0f9903
	SETOS (BX) // 0f9003
	SETOC (BX) // 0f9103
	SETPS (BX) // 0f9a03
	SETPC (BX) // 0f9b03
	SETEQ BH // 0f94c7
	SETNE 8(BX)(SI*4) // 0f9544b308
	SETHI sym(SB) // 0f9705xxxxxxxx
	// CMOVLcc
	CMOVLEQ BX, AX // 0f44c3
	CMOVLNE BX, AX // 0f45c3
	CMOVLLT BX, AX // 0f4cc3
	CMOVLLE BX, AX // 0f4ec3
	CMOVLGT BX, AX // 0f4fc3
	CMOVLGE BX, AX // 0f4dc3
	CMOVLCS BX, AX // 0f42c3
	CMOVLCC BX, AX // 0f43c3
	CMOVLLS BX, AX // 0f46c3
	CMOVLHI BX, AX // 0f47c3
	CMOVLMI BX, AX // 0f48c3
	CMOVLPL BX, AX // 0f49c3
	CMOVLOS BX, AX // 0f40c3
	CMOVLOC BX, AX // 0f41c3
	CMOVLPS BX, AX // 0f4ac3
	CMOVLPC BX, AX // 0f4bc3
	CMOVLEQ 8(BX), DX // 0f445308
	CMOVLNE 8(BX), DX // 0f455308
	CMOVLLT 8(BX), DX // 0f4c5308
	CMOVLLE 8(BX), DX // 0f4e5308
	CMOVLHI (BX)(SI*4), SI // 0f4734b3
	CMOVLCS sym(SB), DI // 0f423dxxxxxxxx
	CMOVWEQ BX, AX // 660f44c3
	// stack
	PUSHL AX // 50
	PUSHL CX // 51
	PUSHL DX // 52
	PUSHL BX // 53
	PUSHL SP // 54
	PUSHL BP // 55
	PUSHL SI // 56
	PUSHL DI // 57
	PUSHL (BX) // ff33
	PUSHL 8(BX) // ff7308
	PUSHL 16(BX)(SI*8) // ff74f310
	PUSHL sym(SB) // ff35xxxxxxxx
	PUSHL $0 // 6a00
	PUSHL $1 // 6a01
	PUSHL $-1 // 6aff
	PUSHL $127 // 6a7f
	PUSHL $128 // 6880000000
	PUSHL $-129 // 687fffffff
	PUSHL $0x12345678 // 6878563412
	PUSHL $0xffffffff // 6aff
	PUSHL $sym(SB) // 68xxxxxxxx
	POPL AX // 58
	POPL CX // 59
	POPL DX // 5a
	POPL BX // 5b
	POPL SP // 5c
	POPL BP // 5d
	POPL SI // 5e
	POPL DI // 5f
	POPL (BX) // 8f03
	POPL 8(BX) // 8f4308
	POPL -8(BP) // 8f45f8
	POPL 16(BX)(SI*8) // 8f44f310
	POPL (BX)(SI*4) // 8f04b3
	POPL 4(SP) // 8f442404
	POPL sym(SB) // 8f05xxxxxxxx
	POPL sym+8(SB) // 8f05xxxxxxxx
	POPL AX // 58
	POPL CX // 59
	POPL DX // 5a
	POPL SI // 5e
	POPL DI // 5f
	PUSHW AX // 6650
	POPW AX // 6658
	PUSHFL // 9c
	POPFL // 9d
	PUSHAL // 60
	POPAL // 61
	// calls and jumps
	CALL ·f(SB) // e8xxxxxxxx
	CALL AX // ffd0
	CALL DI // ffd7
	CALL (AX) // ff10
	CALL 8(BX) // ff5308
	CALL (BX)(SI*4) // ff14b3
	CALL sym(SB) // e8xxxxxxxx
	JMP AX // ffe0
TEXT ·enc2(SB), NOSPLIT, $0-0
	JMP (AX) // ff20
TEXT ·enc3(SB), NOSPLIT, $0-0
	JMP 8(BX) // ff6308
TEXT ·enc4(SB), NOSPLIT, $0-0
	JMP ·f(SB) // e9xxxxxxxx
TEXT ·enc5(SB), NOSPLIT, $0-0
	RET // c3
TEXT ·enc6(SB), NOSPLIT, $0-0
	INT $3 // cc (go: cd03)
	INT $0x80 // cd80
	// misc
	CPUID // 0fa2
	RDTSC // 0f31
	CLD // fc
	STD // fd
	HLT // f4
	PAUSE // f390
	MFENCE // 0faef0
	LFENCE // 0faee8
	SFENCE // 0faef8
	BSWAPL AX // 0fc8
	BSFL CX, DX // 0fbcd1
	BSRL (BX), AX // 0fbd03
	BTL $3, AX // 0fbae003
	BTL CX, (BX) // 0fa30b
	BTSL $5, 8(BX) // 0fba6b0805
	BTRL DX, AX // 0fb3d0
	// string instructions and REP
	REP; MOVSL // f3a5
	REP; MOVSB // f3a4
	REP; STOSL // f3ab
	REP; STOSB // f3aa
	REP // f3
	MOVSL // a5
	REP // f3
	STOSB // aa
	MOVSB // a4
	MOVSL // a5
	STOSL // ab
	STOSB // aa
	LODSL // ad
	LODSB // ac
	CMPSB // a6
	SCASB // ae
	REPN; SCASB // f2ae
	// data directives
	BYTE $0x90 // 90
	BYTE $0xcc // cc
	WORD $0x1234 // 3412
	LONG $0x12345678 // 78563412
	// short branches backward and LOOP (JMP to a label: the follow pass, follow.s)
jback:
	DECL CX // 49
	LOOP jback // e2fd
	JNE jback // 75fb
	INCL AX // 40
	JCS jback // 72f8
	INCL AX // 40
	// conditional jumps (short, forward)
	JEQ jeq // 7401
	INCL AX // 40
jeq:
	JNE jne // 7501
	INCL AX // 40
jne:
	JLT jlt // 7c01
	INCL AX // 40
jlt:
	JLE jle // 7e01
	INCL AX // 40
jle:
	JGT jgt // 7f01
	INCL AX // 40
jgt:
	JGE jge // 7d01
	INCL AX // 40
jge:
	JCS jcs // 7201
	INCL AX // 40
jcs:
	JCC jcc // 7301
	INCL AX // 40
jcc:
	JLS jls // 7601
	INCL AX // 40
jls:
	JHI jhi // 7701
	INCL AX // 40
jhi:
	JMI jmi // 7801
	INCL AX // 40
jmi:
	JPL jpl // 7901
	INCL AX // 40
jpl:
	JOS jos // 7001
	INCL AX // 40
jos:
	JOC joc // 7101
	INCL AX // 40
joc:
	JPS jps // 7a01
	INCL AX // 40
jps:
	JPC jpc // 7b01
	INCL AX // 40
jpc:
	RET // c3
