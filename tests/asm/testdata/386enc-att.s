	.text

enc:
	# MOV: register to register
	movl %eax, %ebx # 89c3
	movl %ebx, %eax # 89d8
	movl %ecx, %edx # 89ca
	movl %edx, %ecx # 89d1
	movl %esp, %ebp # 89e5
	movl %ebp, %esp # 89ec
	movl %esi, %edi # 89f7
	movl %edi, %esi # 89fe
	movw %ax, %bx # 6689c3
	movw %si, %di # 6689f7
	movb %al, %bl # 88c3
	movb %cl, %dl # 88ca
	movb %ah, %ch # 88e5
	movb %dh, %bh # 88f7
	movb %bh, %al # 88f8
	movb %ch, %dl # 88ea
	# MOVL: memory, all addressing forms
	movl (%ebx), %eax # 8b03
	movl 8(%ebx), %eax # 8b4308
	movl -8(%ebp), %eax # 8b45f8
	movl (%ebp), %eax # 8b4500
	movl 0x1000(%edi), %eax # 8b8700100000
	movl -129(%esi), %eax # 8b867fffffff
	movl (%ebx,%esi,4), %eax # 8b04b3
	movl 16(%ebx,%esi,8), %eax # 8b44f310
	movl 8(%ebx,%esi,4), %eax # 8b44b308
	movl (%eax,%edx,2), %eax # 8b0450
	movl (%ebp,%ecx,1), %eax # 8b440d00
	movl 0(%esp), %eax # 8b0424
	movl 4(%esp), %eax # 8b442404
	movl (%esp,%eax,1), %eax # 8b0404
	movl sym, %eax # a1xxxxxxxx (go: 8b05xxxxxxxx)
	movl sym+8, %eax # a1xxxxxxxx (go: 8b05xxxxxxxx)
	movl sym(,%ecx,4), %eax # 8b048dxxxxxxxx
	movl %ecx, (%ebx) # 890b
	movl %ecx, 8(%ebx) # 894b08
	movl %ecx, -8(%ebp) # 894df8
	movl %ecx, (%ebp) # 894d00
	movl %ecx, 0x1000(%edi) # 898f00100000
	movl %ecx, -129(%esi) # 898e7fffffff
	movl %ecx, (%ebx,%esi,4) # 890cb3
	movl %ecx, 16(%ebx,%esi,8) # 894cf310
	movl %ecx, 8(%ebx,%esi,4) # 894cb308
	movl %ecx, (%eax,%edx,2) # 890c50
	movl %ecx, (%ebp,%ecx,1) # 894c0d00
	movl %ecx, 0(%esp) # 890c24
	movl %ecx, 4(%esp) # 894c2404
	movl %ecx, (%esp,%eax,1) # 890c04
	movl %ecx, sym # 890dxxxxxxxx
	movl %ecx, sym+8 # 890dxxxxxxxx
	movl %ecx, sym(,%ecx,4) # 890c8dxxxxxxxx
	movl sym, %edx # 8b15xxxxxxxx
	movl %edx, sym+8 # 8915xxxxxxxx
	movl %eax, sym # a3xxxxxxxx (go: 8905xxxxxxxx)
	movl %eax, sym+8 # a3xxxxxxxx (go: 8905xxxxxxxx)
	movw %ax, sym+8 # 66a3xxxxxxxx (go: 668905xxxxxxxx)
	movb %al, sym # a2xxxxxxxx (go: 8805xxxxxxxx)
	# MOVL: immediates
	movl $0, %eax # b800000000 (go1.7: 31c0)
	movl $1, %eax # b801000000
	movl $-1, %eax # b8ffffffff
	movl $127, %eax # b87f000000
	movl $128, %eax # b880000000
	movl $-129, %eax # b87fffffff
	movl $0x7fffffff, %eax # b8ffffff7f
	movl $-0x80000000, %eax # b800000080
	movl $0xffffffff, %eax # b8ffffffff
	movl $16, %edi # bf10000000
	movl $13, %edi # bf0d000000
	movl $-8, %edi # bff8ffffff
	movl $97, %edi # bf61000000
	movl $0x12345678, %ebp # bd78563412
	movl $1, (%ebx) # c70301000000
	movl $-1, 8(%ebx) # c74308ffffffff
	movl $0x12345678, 16(%ebx,%esi,8) # c744f31078563412
	movl $7, 4(%esp) # c744240407000000
	movl $7, sym # c705xxxxxxxx07000000
	movl $sym, %eax # b8xxxxxxxx
	movl $sym+8, %ecx # b9xxxxxxxx
	# MOVW / MOVB: memory and immediates
	movw (%ebx), %ax # 668b03
	movw %dx, (%ebx) # 668913
	movw -8(%ebp), %ax # 668b45f8
	movw %dx, -8(%ebp) # 668955f8
	movw (%ebx,%esi,4), %ax # 668b04b3
	movw %dx, (%ebx,%esi,4) # 668914b3
	movw sym, %ax # 66a1xxxxxxxx (go: 668b05xxxxxxxx)
	movw %dx, sym # 668915xxxxxxxx
	movw $0x1234, %ax # 66b83412
	movw $-1, %si # 66beffff
	movw $0xffff, (%ebx) # 66c703ffff
	movw $16, 8(%ebx) # 66c743081000
	movb (%ebx), %al # 8a03
	movb %bh, (%ebx) # 883b
	movb -8(%ebp), %al # 8a45f8
	movb %bh, -8(%ebp) # 887df8
	movb 16(%ebx,%esi,8), %al # 8a44f310
	movb %bh, 16(%ebx,%esi,8) # 887cf310
	movb 0(%esp), %al # 8a0424
	movb %bh, 0(%esp) # 883c24
	movb sym+8, %al # a0xxxxxxxx (go: 8a05xxxxxxxx)
	movb %bh, sym+8 # 883dxxxxxxxx
	movb $0, %al # b000
	movb $-1, %ch # b5ff
	movb $127, %dl # b27f
	movb $128, %bl # b380
	movb $97, %ah # b461
	movb $0xff, (%ebx) # c603ff
	movb $-8, 8(%ebx,%esi,4) # c644b308f8
	# zero/sign extension
	movzbl %al, %eax # 0fb6c0
	movzbl %bh, %ecx # 0fb6cf
	movzbl (%ebx), %edx # 0fb613
	movzbl 8(%ebx,%esi,4), %esi # 0fb674b308
	movzbl sym, %edi # 0fb63dxxxxxxxx
	movsbl %al, %eax # 0fbec0
	movsbl %bh, %ecx # 0fbecf
	movsbl (%ebx), %edx # 0fbe13
	movsbl 8(%ebx,%esi,4), %esi # 0fbe74b308
	movsbl sym, %edi # 0fbe3dxxxxxxxx
	movzwl %ax, %eax # 0fb7c0
	movzwl %bp, %ecx # 0fb7cd
	movzwl -8(%ebp), %edx # 0fb755f8
	movzwl (%esp,%eax,1), %ebx # 0fb71c04
	movswl %ax, %eax # 0fbfc0
	movswl %bp, %ecx # 0fbfcd
	movswl -8(%ebp), %edx # 0fbf55f8
	movswl (%esp,%eax,1), %ebx # 0fbf1c04
	# LEAL
	leal (%ebx), %eax # 8d03
	leal 8(%ebx), %eax # 8d4308
	leal -8(%ebp), %eax # 8d45f8
	leal (%ebx,%esi,4), %eax # 8d04b3
	leal 16(%ebx,%esi,8), %eax # 8d44f310
	leal 0(%esp), %eax # 8d0424
	leal 4(%esp), %eax # 8d442404
	leal (%esp,%eax,1), %eax # 8d0404
	leal sym, %eax # 8d05xxxxxxxx
	leal sym+8, %eax # 8d05xxxxxxxx
	leal sym(,%ecx,4), %eax # 8d048dxxxxxxxx
	leal -129(%esi), %eax # 8d867fffffff
	leal (%eax,%eax,2), %ecx # 8d0c40
	leal 1(%edx,%edx,8), %edx # 8d54d201
	# ADDB/W/L
	addl %ebx, %eax # 01d8
	addl %eax, %ebx # 01c3
	addl %esi, %edi # 01f7
	addl (%ebx), %edx # 0313
	addl %edx, (%ebx) # 0113
	addl 8(%ebx,%esi,4), %edx # 0354b308
	addl %edx, 8(%ebx,%esi,4) # 0154b308
	addl sym, %edx # 0315xxxxxxxx
	addl %edx, sym # 0115xxxxxxxx
	addl $1, %eax # 83c001
	addl $128, %eax # 0580000000
	addl $1, %ebx # 83c301
	addl $-129, %ebx # 81c37fffffff
	addl $0x7fffffff, %ebx # 81c3ffffff7f
	addl $1, (%ebx) # 830301
	addl $-1, 8(%ebx) # 834308ff
	addl $0x12345678, 16(%ebx,%esi,8) # 8144f31078563412
	addl $128, sym # 8105xxxxxxxx80000000
	addw %bx, %ax # 6601d8
	addw (%ebx), %dx # 660313
	addw %dx, (%ebx) # 660113
	addw -8(%ebp), %dx # 660355f8
	addw %dx, -8(%ebp) # 660155f8
	addw $1, %ax # 6683c001
	addw $0x1234, %ax # 66053412
	addw $-1, %bx # 6683c3ff
	addw $0x1234, %bx # 6681c33412
	addw $1, (%ebx) # 66830301
	addw $0x1234, -8(%ebp) # 668145f83412
	addb %bl, %al # 00d8
	addb %ah, %cl # 00e1
	addb (%ebx), %dl # 0213
	addb %dl, (%ebx) # 0013
	addb -8(%ebp), %dl # 0255f8
	addb %dl, -8(%ebp) # 0055f8
	addb $1, %al # 0401
	addb $-1, %al # 04ff
	addb $0x7f, %bl # 80c37f
	addb $128, %ch # 80c580
	addb $1, (%ebx) # 800301
	addb $0xff, 8(%ebx,%esi,4) # 8044b308ff
	# SUBB/W/L
	subl %ebx, %eax # 29d8
	subl %eax, %ebx # 29c3
	subl %esi, %edi # 29f7
	subl (%ebx), %edx # 2b13
	subl %edx, (%ebx) # 2913
	subl 8(%ebx,%esi,4), %edx # 2b54b308
	subl %edx, 8(%ebx,%esi,4) # 2954b308
	subl sym, %edx # 2b15xxxxxxxx
	subl %edx, sym # 2915xxxxxxxx
	subl $1, %eax # 83e801
	subl $128, %eax # 2d80000000
	subl $1, %ebx # 83eb01
	subl $-129, %ebx # 81eb7fffffff
	subl $0x7fffffff, %ebx # 81ebffffff7f
	subl $1, (%ebx) # 832b01
	subl $-1, 8(%ebx) # 836b08ff
	subl $0x12345678, 16(%ebx,%esi,8) # 816cf31078563412
	subl $128, sym # 812dxxxxxxxx80000000
	subw %bx, %ax # 6629d8
	subw (%ebx), %dx # 662b13
	subw %dx, (%ebx) # 662913
	subw -8(%ebp), %dx # 662b55f8
	subw %dx, -8(%ebp) # 662955f8
	subw $1, %ax # 6683e801
	subw $0x1234, %ax # 662d3412
	subw $-1, %bx # 6683ebff
	subw $0x1234, %bx # 6681eb3412
	subw $1, (%ebx) # 66832b01
	subw $0x1234, -8(%ebp) # 66816df83412
	subb %bl, %al # 28d8
	subb %ah, %cl # 28e1
	subb (%ebx), %dl # 2a13
	subb %dl, (%ebx) # 2813
	subb -8(%ebp), %dl # 2a55f8
	subb %dl, -8(%ebp) # 2855f8
	subb $1, %al # 2c01
	subb $-1, %al # 2cff
	subb $0x7f, %bl # 80eb7f
	subb $128, %ch # 80ed80
	subb $1, (%ebx) # 802b01
	subb $0xff, 8(%ebx,%esi,4) # 806cb308ff
	# ANDB/W/L
	andl %ebx, %eax # 21d8
	andl %eax, %ebx # 21c3
	andl %esi, %edi # 21f7
	andl (%ebx), %edx # 2313
	andl %edx, (%ebx) # 2113
	andl 8(%ebx,%esi,4), %edx # 2354b308
	andl %edx, 8(%ebx,%esi,4) # 2154b308
	andl sym, %edx # 2315xxxxxxxx
	andl %edx, sym # 2115xxxxxxxx
	andl $1, %eax # 83e001
	andl $128, %eax # 2580000000
	andl $1, %ebx # 83e301
	andl $-129, %ebx # 81e37fffffff
	andl $0x7fffffff, %ebx # 81e3ffffff7f
	andl $1, (%ebx) # 832301
	andl $-1, 8(%ebx) # 836308ff
	andl $0x12345678, 16(%ebx,%esi,8) # 8164f31078563412
	andl $128, sym # 8125xxxxxxxx80000000
	andw %bx, %ax # 6621d8
	andw (%ebx), %dx # 662313
	andw %dx, (%ebx) # 662113
	andw -8(%ebp), %dx # 662355f8
	andw %dx, -8(%ebp) # 662155f8
	andw $1, %ax # 6683e001
	andw $0x1234, %ax # 66253412
	andw $-1, %bx # 6683e3ff
	andw $0x1234, %bx # 6681e33412
	andw $1, (%ebx) # 66832301
	andw $0x1234, -8(%ebp) # 668165f83412
	andb %bl, %al # 20d8
	andb %ah, %cl # 20e1
	andb (%ebx), %dl # 2213
	andb %dl, (%ebx) # 2013
	andb -8(%ebp), %dl # 2255f8
	andb %dl, -8(%ebp) # 2055f8
	andb $1, %al # 2401
	andb $-1, %al # 24ff
	andb $0x7f, %bl # 80e37f
	andb $128, %ch # 80e580
	andb $1, (%ebx) # 802301
	andb $0xff, 8(%ebx,%esi,4) # 8064b308ff
	# ORB/W/L
	orl %ebx, %eax # 09d8
	orl %eax, %ebx # 09c3
	orl %esi, %edi # 09f7
	orl (%ebx), %edx # 0b13
	orl %edx, (%ebx) # 0913
	orl 8(%ebx,%esi,4), %edx # 0b54b308
	orl %edx, 8(%ebx,%esi,4) # 0954b308
	orl sym, %edx # 0b15xxxxxxxx
	orl %edx, sym # 0915xxxxxxxx
	orl $1, %eax # 83c801
	orl $128, %eax # 0d80000000
	orl $1, %ebx # 83cb01
	orl $-129, %ebx # 81cb7fffffff
	orl $0x7fffffff, %ebx # 81cbffffff7f
	orl $1, (%ebx) # 830b01
	orl $-1, 8(%ebx) # 834b08ff
	orl $0x12345678, 16(%ebx,%esi,8) # 814cf31078563412
	orl $128, sym # 810dxxxxxxxx80000000
	orw %bx, %ax # 6609d8
	orw (%ebx), %dx # 660b13
	orw %dx, (%ebx) # 660913
	orw -8(%ebp), %dx # 660b55f8
	orw %dx, -8(%ebp) # 660955f8
	orw $1, %ax # 6683c801
	orw $0x1234, %ax # 660d3412
	orw $-1, %bx # 6683cbff
	orw $0x1234, %bx # 6681cb3412
	orw $1, (%ebx) # 66830b01
	orw $0x1234, -8(%ebp) # 66814df83412
	orb %bl, %al # 08d8
	orb %ah, %cl # 08e1
	orb (%ebx), %dl # 0a13
	orb %dl, (%ebx) # 0813
	orb -8(%ebp), %dl # 0a55f8
	orb %dl, -8(%ebp) # 0855f8
	orb $1, %al # 0c01
	orb $-1, %al # 0cff
	orb $0x7f, %bl # 80cb7f
	orb $128, %ch # 80cd80
	orb $1, (%ebx) # 800b01
	orb $0xff, 8(%ebx,%esi,4) # 804cb308ff
	# XORB/W/L
	xorl %ebx, %eax # 31d8
	xorl %eax, %ebx # 31c3
	xorl %esi, %edi # 31f7
	xorl (%ebx), %edx # 3313
	xorl %edx, (%ebx) # 3113
	xorl 8(%ebx,%esi,4), %edx # 3354b308
	xorl %edx, 8(%ebx,%esi,4) # 3154b308
	xorl sym, %edx # 3315xxxxxxxx
	xorl %edx, sym # 3115xxxxxxxx
	xorl $1, %eax # 83f001
	xorl $128, %eax # 3580000000
	xorl $1, %ebx # 83f301
	xorl $-129, %ebx # 81f37fffffff
	xorl $0x7fffffff, %ebx # 81f3ffffff7f
	xorl $1, (%ebx) # 833301
	xorl $-1, 8(%ebx) # 837308ff
	xorl $0x12345678, 16(%ebx,%esi,8) # 8174f31078563412
	xorl $128, sym # 8135xxxxxxxx80000000
	xorw %bx, %ax # 6631d8
	xorw (%ebx), %dx # 663313
	xorw %dx, (%ebx) # 663113
	xorw -8(%ebp), %dx # 663355f8
	xorw %dx, -8(%ebp) # 663155f8
	xorw $1, %ax # 6683f001
	xorw $0x1234, %ax # 66353412
	xorw $-1, %bx # 6683f3ff
	xorw $0x1234, %bx # 6681f33412
	xorw $1, (%ebx) # 66833301
	xorw $0x1234, -8(%ebp) # 668175f83412
	xorb %bl, %al # 30d8
	xorb %ah, %cl # 30e1
	xorb (%ebx), %dl # 3213
	xorb %dl, (%ebx) # 3013
	xorb -8(%ebp), %dl # 3255f8
	xorb %dl, -8(%ebp) # 3055f8
	xorb $1, %al # 3401
	xorb $-1, %al # 34ff
	xorb $0x7f, %bl # 80f37f
	xorb $128, %ch # 80f580
	xorb $1, (%ebx) # 803301
	xorb $0xff, 8(%ebx,%esi,4) # 8074b308ff
	# ADCB/W/L
	adcl %ebx, %eax # 11d8
	adcl %eax, %ebx # 11c3
	adcl %esi, %edi # 11f7
	adcl (%ebx), %edx # 1313
	adcl %edx, (%ebx) # 1113
	adcl 8(%ebx,%esi,4), %edx # 1354b308
	adcl %edx, 8(%ebx,%esi,4) # 1154b308
	adcl sym, %edx # 1315xxxxxxxx
	adcl %edx, sym # 1115xxxxxxxx
	adcl $1, %eax # 83d001
	adcl $128, %eax # 1580000000
	adcl $1, %ebx # 83d301
	adcl $-129, %ebx # 81d37fffffff
	adcl $0x7fffffff, %ebx # 81d3ffffff7f
	adcl $1, (%ebx) # 831301
	adcl $-1, 8(%ebx) # 835308ff
	adcl $0x12345678, 16(%ebx,%esi,8) # 8154f31078563412
	adcl $128, sym # 8115xxxxxxxx80000000
	adcw %bx, %ax # 6611d8
	adcw (%ebx), %dx # 661313
	adcw %dx, (%ebx) # 661113
	adcw -8(%ebp), %dx # 661355f8
	adcw %dx, -8(%ebp) # 661155f8
	adcw $1, %ax # 6683d001
	adcw $0x1234, %ax # 66153412
	adcw $-1, %bx # 6683d3ff
	adcw $0x1234, %bx # 6681d33412
	adcw $1, (%ebx) # 66831301
	adcw $0x1234, -8(%ebp) # 668155f83412
	adcb %bl, %al # 10d8
	adcb %ah, %cl # 10e1
	adcb (%ebx), %dl # 1213 (Go 1.7: 10.., operands reversed by a bug in its table; not copied)
	adcb %dl, (%ebx) # 1013
	adcb -8(%ebp), %dl # 1255f8 (Go 1.7: 10.., operands reversed by a bug in its table; not copied)
	adcb %dl, -8(%ebp) # 1055f8
	adcb $1, %al # 1401
	adcb $-1, %al # 14ff
	adcb $0x7f, %bl # 80d37f
	adcb $128, %ch # 80d580
	adcb $1, (%ebx) # 801301
	adcb $0xff, 8(%ebx,%esi,4) # 8054b308ff
	# SBBB/W/L
	sbbl %ebx, %eax # 19d8
	sbbl %eax, %ebx # 19c3
	sbbl %esi, %edi # 19f7
	sbbl (%ebx), %edx # 1b13
	sbbl %edx, (%ebx) # 1913
	sbbl 8(%ebx,%esi,4), %edx # 1b54b308
	sbbl %edx, 8(%ebx,%esi,4) # 1954b308
	sbbl sym, %edx # 1b15xxxxxxxx
	sbbl %edx, sym # 1915xxxxxxxx
	sbbl $1, %eax # 83d801
	sbbl $128, %eax # 1d80000000
	sbbl $1, %ebx # 83db01
	sbbl $-129, %ebx # 81db7fffffff
	sbbl $0x7fffffff, %ebx # 81dbffffff7f
	sbbl $1, (%ebx) # 831b01
	sbbl $-1, 8(%ebx) # 835b08ff
	sbbl $0x12345678, 16(%ebx,%esi,8) # 815cf31078563412
	sbbl $128, sym # 811dxxxxxxxx80000000
	sbbw %bx, %ax # 6619d8
	sbbw (%ebx), %dx # 661b13
	sbbw %dx, (%ebx) # 661913
	sbbw -8(%ebp), %dx # 661b55f8
	sbbw %dx, -8(%ebp) # 661955f8
	sbbw $1, %ax # 6683d801
	sbbw $0x1234, %ax # 661d3412
	sbbw $-1, %bx # 6683dbff
	sbbw $0x1234, %bx # 6681db3412
	sbbw $1, (%ebx) # 66831b01
	sbbw $0x1234, -8(%ebp) # 66815df83412
	sbbb %bl, %al # 18d8
	sbbb %ah, %cl # 18e1
	sbbb (%ebx), %dl # 1a13
	sbbb %dl, (%ebx) # 1813
	sbbb -8(%ebp), %dl # 1a55f8
	sbbb %dl, -8(%ebp) # 1855f8
	sbbb $1, %al # 1c01
	sbbb $-1, %al # 1cff
	sbbb $0x7f, %bl # 80db7f
	sbbb $128, %ch # 80dd80
	sbbb $1, (%ebx) # 801b01
	sbbb $0xff, 8(%ebx,%esi,4) # 805cb308ff
	# CMPB/W/L
	cmpl %eax, %ebx # 39c3
	cmpl %ebx, %eax # 39d8
	cmpl %edi, %esi # 39fe
	cmpl (%ebx), %edx # 3b13
	cmpl %edx, (%ebx) # 3913
	cmpl 8(%ebx,%esi,4), %edx # 3b54b308
	cmpl %edx, 8(%ebx,%esi,4) # 3954b308
	cmpl sym, %edx # 3b15xxxxxxxx
	cmpl %edx, sym # 3915xxxxxxxx
	cmpl $1, %eax # 83f801
	cmpl $128, %eax # 3d80000000
	cmpl $1, %ebx # 83fb01
	cmpl $-129, %ebx # 81fb7fffffff
	cmpl $0x7fffffff, %ebx # 81fbffffff7f
	cmpl $1, (%ebx) # 833b01
	cmpl $-1, 8(%ebx) # 837b08ff
	cmpl $0x12345678, 16(%ebx,%esi,8) # 817cf31078563412
	cmpl $128, sym # 813dxxxxxxxx80000000
	cmpw %ax, %bx # 6639c3
	cmpw (%ebx), %dx # 663b13
	cmpw %dx, (%ebx) # 663913
	cmpw -8(%ebp), %dx # 663b55f8
	cmpw %dx, -8(%ebp) # 663955f8
	cmpw $1, %ax # 6683f801
	cmpw $0x1234, %ax # 663d3412
	cmpw $-1, %bx # 6683fbff
	cmpw $0x1234, %bx # 6681fb3412
	cmpw $1, (%ebx) # 66833b01
	cmpw $0x1234, -8(%ebp) # 66817df83412
	cmpb %al, %bl # 38c3
	cmpb %cl, %ah # 38cc
	cmpb (%ebx), %dl # 3a13
	cmpb %dl, (%ebx) # 3813
	cmpb -8(%ebp), %dl # 3a55f8
	cmpb %dl, -8(%ebp) # 3855f8
	cmpb $1, %al # 3c01
	cmpb $-1, %al # 3cff
	cmpb $0x7f, %bl # 80fb7f
	cmpb $128, %ch # 80fd80
	cmpb $1, (%ebx) # 803b01
	cmpb $0xff, 8(%ebx,%esi,4) # 807cb308ff
	# ADDL/ANDL/CMPL immediate sweep
	addl $0, %ecx # 83c100
	addl $1, %ecx # 83c101
	addl $-1, %ecx # 83c1ff
	addl $127, %ecx # 83c17f
	addl $128, %ecx # 81c180000000
	addl $-129, %ecx # 81c17fffffff
	addl $0x7fffffff, %ecx # 81c1ffffff7f
	addl $-0x80000000, %ecx # 81c100000080
	addl $0xffffffff, %ecx # 83c1ff
	andl $0, %eax # 83e000
	andl $1, %eax # 83e001
	andl $-1, %eax # 83e0ff
	andl $127, %eax # 83e07f
	andl $128, %eax # 2580000000
	andl $-129, %eax # 257fffffff
	andl $0x7fffffff, %eax # 25ffffff7f
	andl $-0x80000000, %eax # 2500000080
	andl $0xffffffff, %eax # 83e0ff
	cmpl $0, %esi # 83fe00
	cmpl $1, %esi # 83fe01
	cmpl $-1, %esi # 83feff
	cmpl $127, %esi # 83fe7f
	cmpl $128, %esi # 81fe80000000
	cmpl $-129, %esi # 81fe7fffffff
	cmpl $0x7fffffff, %esi # 81feffffff7f
	cmpl $-0x80000000, %esi # 81fe00000080
	cmpl $0xffffffff, %esi # 83feff
	orl $16, %edx # 83ca10
	subl $16, %eax # 83e810
	orl $13, %edx # 83ca0d
	subl $13, %eax # 83e80d
	orl $-8, %edx # 83caf8
	subl $-8, %eax # 83e8f8
	orl $97, %edx # 83ca61
	subl $97, %eax # 83e861
	# TESTB/W/L
	testl %eax, %ebx # 85c3
	testl %esi, %esi # 85f6
	testl %ecx, (%ebx) # 850b
	testl %edx, 8(%ebx,%esi,4) # 8554b308
	testl $1, %eax # a901000000
	testl $0x80000000, %eax # a900000080
	testl $1, %ebx # f7c301000000
	testl $-1, %edi # f7c7ffffffff
	testl $0x100, (%ebx) # f70300010000
	testl $1, sym # f705xxxxxxxx01000000
	testw %ax, %bx # 6685c3
	testw $0x1234, %ax # 66a93412
	testw $1, %cx # 66f7c10100
	testw $1, -8(%ebp) # 66f745f80100
	testb %al, %bl # 84c3
	testb %ah, %ah # 84e4
	testb $1, %al # a801
	testb $0x80, %dh # f6c680
	testb $1, (%ebx) # f60301
	testb %cl, 16(%ebx,%esi,8) # 844cf310
	# INC/DEC/NEG/NOT
	incl %eax # 40
	incl %edi # 47
	incl (%ebx) # ff03
	incl sym # ff05xxxxxxxx
	incw %cx # 6641 (go: 66ffc1)
	incw 8(%ebx) # 66ff4308
	incb %al # fec0
	incb %bh # fec7
	incb (%ebx,%esi,4) # fe04b3
	decl %eax # 48
	decl %edi # 4f
	decl (%ebx) # ff0b
	decl sym # ff0dxxxxxxxx
	decw %cx # 6649 (go: 66ffc9)
	decw 8(%ebx) # 66ff4b08
	decb %al # fec8
	decb %bh # fecf
	decb (%ebx,%esi,4) # fe0cb3
	negl %eax # f7d8
	negl %edi # f7df (go: 87dff7db87df)
	negl (%ebx) # f71b
	negl sym # f71dxxxxxxxx
	negw %cx # 66f7d9
	negw 8(%ebx) # 66f75b08
	negb %al # f6d8
	negb %bh # f6df
	negb (%ebx,%esi,4) # f61cb3
	notl %eax # f7d0
	notl %edi # f7d7 (go: 87dff7d387df)
	notl (%ebx) # f713
	notl sym # f715xxxxxxxx
	notw %cx # 66f7d1
	notw 8(%ebx) # 66f75308
	notb %al # f6d0
	notb %bh # f6d7
	notb (%ebx,%esi,4) # f614b3
	# multiply and divide
	imull %ecx # f7e9
	imull (%ebx) # f72b
	imull %ecx, %eax # 0fafc1
	imull %esi, %edi # 0faffe
	imull 8(%ebx), %eax # 0faf4308
	imull $7, %eax # 6bc007
	imull $300, %edx # 69d22c010000
	imull $7, %ecx, %eax # 6bc107
	imull $-1, %ebx, %ebx # 6bdbff
	imull $300, (%ebx), %eax # 69032c010000
	imull $0x12345678, 8(%ebx,%esi,4), %edi # 697cb30878563412
	imulw %cx, %ax # 660fafc1
	imulb %cl # f6e9
	mull %ecx # f7e1
	mull (%ebx) # f723
	mull sym # f725xxxxxxxx
	mulb %bl # f6e3
	mulw %cx # 66f7e1
	divl %ecx # f7f1
	divl 8(%ebx) # f77308
	divb %cl # f6f1
	divw %bx # 66f7f3
	idivl %ecx # f7f9
	idivl -8(%ebp) # f77df8
	idivb %dh # f6fe
	idivw %si # 66f7fe
	cltd # 99
	# SHLB/W/L
	shll $1, %eax # d1e0
	shll $3, %ebx # c1e303
	shll $31, %esi # c1e61f
	shll %cl, %edx # d3e2
	shll $1, (%ebx) # d123
	shll $4, 8(%ebx,%esi,4) # c164b30804
	shll %cl, -8(%ebp) # d365f8
	shlw $1, %ax # 66d1e0
	shlw $5, %di # 66c1e705
	shlw %cl, %bx # 66d3e3
	shlb $1, %al # d0e0
	shlb $2, %ah # c0e402
	shlb %cl, %bl # d2e3
	shlb $7, (%ebx) # c02307
	# SHRB/W/L
	shrl $1, %eax # d1e8
	shrl $3, %ebx # c1eb03
	shrl $31, %esi # c1ee1f
	shrl %cl, %edx # d3ea
	shrl $1, (%ebx) # d12b
	shrl $4, 8(%ebx,%esi,4) # c16cb30804
	shrl %cl, -8(%ebp) # d36df8
	shrw $1, %ax # 66d1e8
	shrw $5, %di # 66c1ef05
	shrw %cl, %bx # 66d3eb
	shrb $1, %al # d0e8
	shrb $2, %ah # c0ec02
	shrb %cl, %bl # d2eb
	shrb $7, (%ebx) # c02b07
	# SARB/W/L
	sarl $1, %eax # d1f8
	sarl $3, %ebx # c1fb03
	sarl $31, %esi # c1fe1f
	sarl %cl, %edx # d3fa
	sarl $1, (%ebx) # d13b
	sarl $4, 8(%ebx,%esi,4) # c17cb30804
	sarl %cl, -8(%ebp) # d37df8
	sarw $1, %ax # 66d1f8
	sarw $5, %di # 66c1ff05
	sarw %cl, %bx # 66d3fb
	sarb $1, %al # d0f8
	sarb $2, %ah # c0fc02
	sarb %cl, %bl # d2fb
	sarb $7, (%ebx) # c03b07
	# ROLB/W/L
	roll $1, %eax # d1c0
	roll $3, %ebx # c1c303
	roll $31, %esi # c1c61f
	roll %cl, %edx # d3c2
	roll $1, (%ebx) # d103
	roll $4, 8(%ebx,%esi,4) # c144b30804
	roll %cl, -8(%ebp) # d345f8
	rolw $1, %ax # 66d1c0
	rolw $5, %di # 66c1c705
	rolw %cl, %bx # 66d3c3
	rolb $1, %al # d0c0
	rolb $2, %ah # c0c402
	rolb %cl, %bl # d2c3
	rolb $7, (%ebx) # c00307
	# RORB/W/L
	rorl $1, %eax # d1c8
	rorl $3, %ebx # c1cb03
	rorl $31, %esi # c1ce1f
	rorl %cl, %edx # d3ca
	rorl $1, (%ebx) # d10b
	rorl $4, 8(%ebx,%esi,4) # c14cb30804
	rorl %cl, -8(%ebp) # d34df8
	rorw $1, %ax # 66d1c8
	rorw $5, %di # 66c1cf05
	rorw %cl, %bx # 66d3cb
	rorb $1, %al # d0c8
	rorb $2, %ah # c0cc02
	rorb %cl, %bl # d2cb
	rorb $7, (%ebx) # c00b07
	# double shifts (SHLD/SHRD)
	shldl $3, %edx, %eax # 0fa4d003
	shldl %cl, %edx, %eax # 0fa5d0
	shrdl $3, %edx, %eax # 0facd003
	shrdl %cl, %edx, %eax # 0fadd0
	shldl $31, %esi, (%ebx) # 0fa4331f
	shrdl %cl, %ebx, 8(%ebx) # 0fad5b08
	shldw $4, %dx, %ax # 660fa4d004
	shrdw %cl, %dx, %ax # 660fadd0
	# exchange and atomics
	xchgb %al, %bl # 86c3
	xchgb %ah, %cl # 86e1
	xchgb %dl, (%ebx) # 8613
	xchgl %eax, %eax # 90
	xchgl %eax, %ebx # 93
	xchgl %ebx, %eax # 93
	xchgl %ebx, %ecx # 87d9
	xchgl %esi, %edi # 87f7
	xchgl %ecx, (%ebx) # 870b
	xchgl (%ebx), %ecx # 870b
	xchgl %eax, sym # 8705xxxxxxxx
	xchgw %ax, %cx # 6691
	cmpxchgl %ecx, (%ebx) # 0fb10b
	cmpxchgl %edx, %ebx # 0fb1d3
	cmpxchgl %esi, 8(%ebx,%esi,4) # 0fb174b308
	cmpxchgb %cl, (%ebx) # 0fb00b
	cmpxchg8b (%edi) # 0fc70f
	xaddl %eax, (%ebx) # 0fc103
	xaddl %eax, %ebx # 0fc1c3
	xaddl %ecx, sym # 0fc10dxxxxxxxx
	xaddb %al, (%ebx) # 0fc003
	lock # f0
	xaddl %eax, (%ebx) # 0fc103
	lock # f0
	cmpxchgl %ecx, 4(%edx) # 0fb14a04
	lock # f0
	incl (%ebx) # ff03
	lock # f0
	orl $0, 0(%esp) # 830c2400
	lock xaddl %ecx, 8(%ebx) # f00fc14b08
	# SETcc
	sete %al # 0f94c0
	setne %al # 0f95c0
	setl %al # 0f9cc0
	setle %al # 0f9ec0
	setg %al # 0f9fc0
	setge %al # 0f9dc0
	setb %al # 0f92c0
	setae %al # 0f93c0
	setbe %al # 0f96c0
	seta %al # 0f97c0
	sets %al # 0f98c0
	setns %al # 0f99c0
	seto %al # 0f90c0
	setno %al # 0f91c0
	setp %al # 0f9ac0
	setnp %al # 0f9bc0
	sete (%ebx) # 0f9403
	setne (%ebx) # 0f9503
	setl (%ebx) # 0f9c03
	setle (%ebx) # 0f9e03
	setg (%ebx) # 0f9f03
	setge (%ebx) # 0f9d03
	setb (%ebx) # 0f9203
	setae (%ebx) # 0f9303
	setbe (%ebx) # 0f9603
	seta (%ebx) # 0f9703
	sets (%ebx) # 0f9803
	setns (%ebx) # 0f9903
	seto (%ebx) # 0f9003
	setno (%ebx) # 0f9103
	setp (%ebx) # 0f9a03
	setnp (%ebx) # 0f9b03
	sete %bh # 0f94c7
	setne 8(%ebx,%esi,4) # 0f9544b308
	seta sym # 0f9705xxxxxxxx
	# CMOVLcc
	cmovel %ebx, %eax # 0f44c3
	cmovnel %ebx, %eax # 0f45c3
	cmovll %ebx, %eax # 0f4cc3
	cmovlel %ebx, %eax # 0f4ec3
	cmovgl %ebx, %eax # 0f4fc3
	cmovgel %ebx, %eax # 0f4dc3
	cmovbl %ebx, %eax # 0f42c3
	cmovael %ebx, %eax # 0f43c3
	cmovbel %ebx, %eax # 0f46c3
	cmoval %ebx, %eax # 0f47c3
	cmovsl %ebx, %eax # 0f48c3
	cmovnsl %ebx, %eax # 0f49c3
	cmovol %ebx, %eax # 0f40c3
	cmovnol %ebx, %eax # 0f41c3
	cmovpl %ebx, %eax # 0f4ac3
	cmovnpl %ebx, %eax # 0f4bc3
	cmovel 8(%ebx), %edx # 0f445308
	cmovnel 8(%ebx), %edx # 0f455308
	cmovll 8(%ebx), %edx # 0f4c5308
	cmovlel 8(%ebx), %edx # 0f4e5308
	cmoval (%ebx,%esi,4), %esi # 0f4734b3
	cmovbl sym, %edi # 0f423dxxxxxxxx
	cmovew %bx, %ax # 660f44c3
	# stack
	pushl %eax # 50
	pushl %ecx # 51
	pushl %edx # 52
	pushl %ebx # 53
	pushl %esp # 54
	pushl %ebp # 55
	pushl %esi # 56
	pushl %edi # 57
	pushl (%ebx) # ff33
	pushl 8(%ebx) # ff7308
	pushl 16(%ebx,%esi,8) # ff74f310
	pushl sym # ff35xxxxxxxx
	pushl $0 # 6a00
	pushl $1 # 6a01
	pushl $-1 # 6aff
	pushl $127 # 6a7f
	pushl $128 # 6880000000
	pushl $-129 # 687fffffff
	pushl $0x12345678 # 6878563412
	pushl $0xffffffff # 6aff
	pushl $sym # 68xxxxxxxx
	popl %eax # 58
	popl %ecx # 59
	popl %edx # 5a
	popl %ebx # 5b
	popl %esp # 5c
	popl %ebp # 5d
	popl %esi # 5e
	popl %edi # 5f
	popl (%ebx) # 8f03
	popl 8(%ebx) # 8f4308
	popl -8(%ebp) # 8f45f8
	popl 16(%ebx,%esi,8) # 8f44f310
	popl (%ebx,%esi,4) # 8f04b3
	popl 4(%esp) # 8f442404
	popl sym # 8f05xxxxxxxx
	popl sym+8 # 8f05xxxxxxxx
	popl %eax # 58
	popl %ecx # 59
	popl %edx # 5a
	popl %esi # 5e
	popl %edi # 5f
	pushw %ax # 6650
	popw %ax # 6658
	pushfl # 9c
	popfl # 9d
	pushal # 60
	popal # 61
	# calls and jumps
	call f # e8xxxxxxxx
	call *%eax # ffd0
	call *%edi # ffd7
	call *(%eax) # ff10
	call *8(%ebx) # ff5308
	call *(%ebx,%esi,4) # ff14b3
	call sym # e8xxxxxxxx
	jmp *%eax # ffe0
enc2:
	jmp *(%eax) # ff20
enc3:
	jmp *8(%ebx) # ff6308
enc4:
	jmp f # e9xxxxxxxx
enc5:
	ret # c3
enc6:
	int $3 # cc (go: cd03)
	int $0x80 # cd80
	# misc
	cpuid # 0fa2
	rdtsc # 0f31
	cld # fc
	std # fd
	hlt # f4
	pause # f390
	mfence # 0faef0
	lfence # 0faee8
	sfence # 0faef8
	bswapl %eax # 0fc8
	bsfl %ecx, %edx # 0fbcd1
	bsrl (%ebx), %eax # 0fbd03
	btl $3, %eax # 0fbae003
	btl %ecx, (%ebx) # 0fa30b
	btsl $5, 8(%ebx) # 0fba6b0805
	btrl %edx, %eax # 0fb3d0
	# string instructions and REP
	rep movsl # f3a5
	rep movsb # f3a4
	rep stosl # f3ab
	rep stosb # f3aa
	rep # f3
	movsl # a5
	rep # f3
	stosb # aa
	movsb # a4
	movsl # a5
	stosl # ab
	stosb # aa
	lodsl # ad
	lodsb # ac
	cmpsb # a6
	scasb # ae
	repne scasb # f2ae
	# data directives
	.byte 0x90 # 90
	.byte 0xcc # cc
	.word 0x1234 # 3412
	.long 0x12345678 # 78563412
	# short branches backward and LOOP (JMP to a label: the follow pass, follow.s)
jback:
	decl %ecx # 49
	loop jback # e2fd
	jne jback # 75fb
	incl %eax # 40
	jb jback # 72f8
	incl %eax # 40
	# conditional jumps (short, forward)
	je jeq # 7401
	incl %eax # 40
jeq:
	jne jne # 7501
	incl %eax # 40
jne:
	jl jlt # 7c01
	incl %eax # 40
jlt:
	jle jle # 7e01
	incl %eax # 40
jle:
	jg jgt # 7f01
	incl %eax # 40
jgt:
	jge jge # 7d01
	incl %eax # 40
jge:
	jb jcs # 7201
	incl %eax # 40
jcs:
	jae jcc # 7301
	incl %eax # 40
jcc:
	jbe jls # 7601
	incl %eax # 40
jls:
	ja jhi # 7701
	incl %eax # 40
jhi:
	js jmi # 7801
	incl %eax # 40
jmi:
	jns jpl # 7901
	incl %eax # 40
jpl:
	jo jos # 7001
	incl %eax # 40
jos:
	jno joc # 7101
	incl %eax # 40
joc:
	jp jps # 7a01
	incl %eax # 40
jps:
	jnp jpc # 7b01
	incl %eax # 40
jpc:
	ret # c3
