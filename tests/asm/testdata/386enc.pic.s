	.file "/work/wt/i11enc/tests/asm/testdata/386enc.s"
	.text
	.p2align 4, 0
	.globl main.enc
	.type main.enc, @function
main.enc:
.Lfn1:
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:5
	movl %eax, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:6
	movl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:7
	movl %ecx, %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:8
	movl %edx, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:9
	movl %esp, %ebp
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:10
	movl %ebp, %esp
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:11
	movl %esi, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:12
	movl %edi, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:13
	movw %ax, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:14
	movw %si, %di
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:15
	movb %al, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:16
	movb %cl, %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:17
	movb %ah, %ch
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:18
	movb %dh, %bh
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:19
	movb %bh, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:20
	movb %ch, %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:22
	movl (%ebx), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:23
	movl 8(%ebx), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:24
	movl -8(%ebp), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:25
	movl (%ebp), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:26
	movl 4096(%edi), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:27
	movl -129(%esi), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:28
	movl (%ebx,%esi,4), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:29
	movl 16(%ebx,%esi,8), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:30
	movl 8(%ebx,%esi,4), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:31
	movl (%eax,%edx,2), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:32
	movl (%ebp,%ecx,1), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:33
	movl (%esp), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:34
	movl 4(%esp), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:35
	movl (%esp,%eax,1), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:36
	movl sym(,1), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:37
	movl sym+8(,1), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:38
	movl sym(,%ecx,4), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:39
	movl %ecx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:40
	movl %ecx, 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:41
	movl %ecx, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:42
	movl %ecx, (%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:43
	movl %ecx, 4096(%edi)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:44
	movl %ecx, -129(%esi)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:45
	movl %ecx, (%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:46
	movl %ecx, 16(%ebx,%esi,8)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:47
	movl %ecx, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:48
	movl %ecx, (%eax,%edx,2)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:49
	movl %ecx, (%ebp,%ecx,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:50
	movl %ecx, (%esp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:51
	movl %ecx, 4(%esp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:52
	movl %ecx, (%esp,%eax,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:53
	movl %ecx, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:54
	movl %ecx, sym+8(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:55
	movl %ecx, sym(,%ecx,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:56
	movl sym(,1), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:57
	movl %edx, sym+8(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:58
	movl %eax, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:59
	movl %eax, sym+8(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:60
	movw %ax, sym+8(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:61
	movb %al, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:63
	xorl %eax, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:64
	movl $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:65
	movl $-1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:66
	movl $127, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:67
	movl $128, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:68
	movl $-129, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:69
	movl $2147483647, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:70
	movl $-2147483648, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:71
	movl $4294967295, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:72
	movl $16, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:73
	movl $13, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:74
	movl $-8, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:75
	movl $97, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:76
	movl $305419896, %ebp
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:77
	movl $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:78
	movl $-1, 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:79
	movl $305419896, 16(%ebx,%esi,8)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:80
	movl $7, 4(%esp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:81
	movl $7, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:82
	movl $sym, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:83
	movl $sym+8, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:85
	movw (%ebx), %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:86
	movw %dx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:87
	movw -8(%ebp), %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:88
	movw %dx, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:89
	movw (%ebx,%esi,4), %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:90
	movw %dx, (%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:91
	movw sym(,1), %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:92
	movw %dx, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:93
	movw $4660, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:94
	movw $-1, %si
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:95
	movw $65535, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:96
	movw $16, 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:97
	movb (%ebx), %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:98
	movb %bh, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:99
	movb -8(%ebp), %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:100
	movb %bh, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:101
	movb 16(%ebx,%esi,8), %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:102
	movb %bh, 16(%ebx,%esi,8)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:103
	movb (%esp), %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:104
	movb %bh, (%esp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:105
	movb sym+8(,1), %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:106
	movb %bh, sym+8(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:107
	movb $0, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:108
	movb $-1, %ch
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:109
	movb $127, %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:110
	movb $128, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:111
	movb $97, %ah
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:112
	movb $255, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:113
	movb $-8, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:115
	movzbl %al, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:116
	movzbl %bh, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:117
	movzbl (%ebx), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:118
	movzbl 8(%ebx,%esi,4), %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:119
	movzbl sym(,1), %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:120
	movsbl %al, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:121
	movsbl %bh, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:122
	movsbl (%ebx), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:123
	movsbl 8(%ebx,%esi,4), %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:124
	movsbl sym(,1), %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:125
	movzwl %ax, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:126
	movzwl %bp, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:127
	movzwl -8(%ebp), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:128
	movzwl (%esp,%eax,1), %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:129
	movswl %ax, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:130
	movswl %bp, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:131
	movswl -8(%ebp), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:132
	movswl (%esp,%eax,1), %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:134
	leal (%ebx), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:135
	leal 8(%ebx), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:136
	leal -8(%ebp), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:137
	leal (%ebx,%esi,4), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:138
	leal 16(%ebx,%esi,8), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:139
	leal (%esp), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:140
	leal 4(%esp), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:141
	leal (%esp,%eax,1), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:142
	leal sym(,1), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:143
	leal sym+8(,1), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:144
	leal sym(,%ecx,4), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:145
	leal -129(%esi), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:146
	leal (%eax,%eax,2), %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:147
	leal 1(%edx,%edx,8), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:149
	addl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:150
	addl %eax, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:151
	addl %esi, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:152
	addl (%ebx), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:153
	addl %edx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:154
	addl 8(%ebx,%esi,4), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:155
	addl %edx, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:156
	addl sym(,1), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:157
	addl %edx, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:158
	addl $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:159
	addl $128, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:160
	addl $1, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:161
	addl $-129, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:162
	addl $2147483647, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:163
	addl $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:164
	addl $-1, 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:165
	addl $305419896, 16(%ebx,%esi,8)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:166
	addl $128, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:167
	addw %bx, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:168
	addw (%ebx), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:169
	addw %dx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:170
	addw -8(%ebp), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:171
	addw %dx, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:172
	addw $1, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:173
	addw $4660, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:174
	addw $-1, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:175
	addw $4660, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:176
	addw $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:177
	addw $4660, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:178
	addb %bl, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:179
	addb %ah, %cl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:180
	addb (%ebx), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:181
	addb %dl, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:182
	addb -8(%ebp), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:183
	addb %dl, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:184
	addb $1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:185
	addb $-1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:186
	addb $127, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:187
	addb $128, %ch
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:188
	addb $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:189
	addb $255, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:191
	subl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:192
	subl %eax, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:193
	subl %esi, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:194
	subl (%ebx), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:195
	subl %edx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:196
	subl 8(%ebx,%esi,4), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:197
	subl %edx, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:198
	subl sym(,1), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:199
	subl %edx, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:200
	subl $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:201
	subl $128, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:202
	subl $1, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:203
	subl $-129, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:204
	subl $2147483647, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:205
	subl $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:206
	subl $-1, 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:207
	subl $305419896, 16(%ebx,%esi,8)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:208
	subl $128, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:209
	subw %bx, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:210
	subw (%ebx), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:211
	subw %dx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:212
	subw -8(%ebp), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:213
	subw %dx, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:214
	subw $1, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:215
	subw $4660, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:216
	subw $-1, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:217
	subw $4660, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:218
	subw $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:219
	subw $4660, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:220
	subb %bl, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:221
	subb %ah, %cl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:222
	subb (%ebx), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:223
	subb %dl, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:224
	subb -8(%ebp), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:225
	subb %dl, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:226
	subb $1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:227
	subb $-1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:228
	subb $127, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:229
	subb $128, %ch
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:230
	subb $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:231
	subb $255, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:233
	andl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:234
	andl %eax, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:235
	andl %esi, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:236
	andl (%ebx), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:237
	andl %edx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:238
	andl 8(%ebx,%esi,4), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:239
	andl %edx, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:240
	andl sym(,1), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:241
	andl %edx, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:242
	andl $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:243
	andl $128, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:244
	andl $1, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:245
	andl $-129, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:246
	andl $2147483647, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:247
	andl $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:248
	andl $-1, 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:249
	andl $305419896, 16(%ebx,%esi,8)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:250
	andl $128, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:251
	andw %bx, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:252
	andw (%ebx), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:253
	andw %dx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:254
	andw -8(%ebp), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:255
	andw %dx, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:256
	andw $1, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:257
	andw $4660, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:258
	andw $-1, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:259
	andw $4660, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:260
	andw $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:261
	andw $4660, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:262
	andb %bl, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:263
	andb %ah, %cl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:264
	andb (%ebx), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:265
	andb %dl, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:266
	andb -8(%ebp), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:267
	andb %dl, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:268
	andb $1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:269
	andb $-1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:270
	andb $127, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:271
	andb $128, %ch
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:272
	andb $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:273
	andb $255, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:275
	orl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:276
	orl %eax, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:277
	orl %esi, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:278
	orl (%ebx), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:279
	orl %edx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:280
	orl 8(%ebx,%esi,4), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:281
	orl %edx, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:282
	orl sym(,1), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:283
	orl %edx, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:284
	orl $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:285
	orl $128, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:286
	orl $1, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:287
	orl $-129, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:288
	orl $2147483647, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:289
	orl $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:290
	orl $-1, 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:291
	orl $305419896, 16(%ebx,%esi,8)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:292
	orl $128, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:293
	orw %bx, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:294
	orw (%ebx), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:295
	orw %dx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:296
	orw -8(%ebp), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:297
	orw %dx, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:298
	orw $1, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:299
	orw $4660, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:300
	orw $-1, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:301
	orw $4660, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:302
	orw $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:303
	orw $4660, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:304
	orb %bl, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:305
	orb %ah, %cl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:306
	orb (%ebx), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:307
	orb %dl, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:308
	orb -8(%ebp), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:309
	orb %dl, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:310
	orb $1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:311
	orb $-1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:312
	orb $127, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:313
	orb $128, %ch
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:314
	orb $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:315
	orb $255, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:317
	xorl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:318
	xorl %eax, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:319
	xorl %esi, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:320
	xorl (%ebx), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:321
	xorl %edx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:322
	xorl 8(%ebx,%esi,4), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:323
	xorl %edx, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:324
	xorl sym(,1), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:325
	xorl %edx, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:326
	xorl $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:327
	xorl $128, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:328
	xorl $1, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:329
	xorl $-129, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:330
	xorl $2147483647, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:331
	xorl $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:332
	xorl $-1, 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:333
	xorl $305419896, 16(%ebx,%esi,8)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:334
	xorl $128, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:335
	xorw %bx, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:336
	xorw (%ebx), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:337
	xorw %dx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:338
	xorw -8(%ebp), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:339
	xorw %dx, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:340
	xorw $1, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:341
	xorw $4660, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:342
	xorw $-1, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:343
	xorw $4660, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:344
	xorw $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:345
	xorw $4660, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:346
	xorb %bl, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:347
	xorb %ah, %cl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:348
	xorb (%ebx), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:349
	xorb %dl, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:350
	xorb -8(%ebp), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:351
	xorb %dl, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:352
	xorb $1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:353
	xorb $-1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:354
	xorb $127, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:355
	xorb $128, %ch
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:356
	xorb $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:357
	xorb $255, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:359
	adcl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:360
	adcl %eax, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:361
	adcl %esi, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:362
	adcl (%ebx), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:363
	adcl %edx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:364
	adcl 8(%ebx,%esi,4), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:365
	adcl %edx, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:366
	adcl sym(,1), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:367
	adcl %edx, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:368
	adcl $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:369
	adcl $128, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:370
	adcl $1, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:371
	adcl $-129, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:372
	adcl $2147483647, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:373
	adcl $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:374
	adcl $-1, 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:375
	adcl $305419896, 16(%ebx,%esi,8)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:376
	adcl $128, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:377
	adcw %bx, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:378
	adcw (%ebx), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:379
	adcw %dx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:380
	adcw -8(%ebp), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:381
	adcw %dx, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:382
	adcw $1, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:383
	adcw $4660, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:384
	adcw $-1, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:385
	adcw $4660, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:386
	adcw $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:387
	adcw $4660, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:388
	adcb %bl, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:389
	adcb %ah, %cl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:390
	adcb (%ebx), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:391
	adcb %dl, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:392
	adcb -8(%ebp), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:393
	adcb %dl, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:394
	adcb $1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:395
	adcb $-1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:396
	adcb $127, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:397
	adcb $128, %ch
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:398
	adcb $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:399
	adcb $255, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:401
	sbbl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:402
	sbbl %eax, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:403
	sbbl %esi, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:404
	sbbl (%ebx), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:405
	sbbl %edx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:406
	sbbl 8(%ebx,%esi,4), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:407
	sbbl %edx, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:408
	sbbl sym(,1), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:409
	sbbl %edx, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:410
	sbbl $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:411
	sbbl $128, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:412
	sbbl $1, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:413
	sbbl $-129, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:414
	sbbl $2147483647, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:415
	sbbl $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:416
	sbbl $-1, 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:417
	sbbl $305419896, 16(%ebx,%esi,8)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:418
	sbbl $128, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:419
	sbbw %bx, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:420
	sbbw (%ebx), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:421
	sbbw %dx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:422
	sbbw -8(%ebp), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:423
	sbbw %dx, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:424
	sbbw $1, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:425
	sbbw $4660, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:426
	sbbw $-1, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:427
	sbbw $4660, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:428
	sbbw $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:429
	sbbw $4660, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:430
	sbbb %bl, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:431
	sbbb %ah, %cl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:432
	sbbb (%ebx), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:433
	sbbb %dl, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:434
	sbbb -8(%ebp), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:435
	sbbb %dl, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:436
	sbbb $1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:437
	sbbb $-1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:438
	sbbb $127, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:439
	sbbb $128, %ch
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:440
	sbbb $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:441
	sbbb $255, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:443
	cmpl %eax, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:444
	cmpl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:445
	cmpl %edi, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:446
	cmpl (%ebx), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:447
	cmpl %edx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:448
	cmpl 8(%ebx,%esi,4), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:449
	cmpl %edx, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:450
	cmpl sym(,1), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:451
	cmpl %edx, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:452
	cmpl $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:453
	cmpl $128, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:454
	cmpl $1, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:455
	cmpl $-129, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:456
	cmpl $2147483647, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:457
	cmpl $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:458
	cmpl $-1, 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:459
	cmpl $305419896, 16(%ebx,%esi,8)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:460
	cmpl $128, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:461
	cmpw %ax, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:462
	cmpw (%ebx), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:463
	cmpw %dx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:464
	cmpw -8(%ebp), %dx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:465
	cmpw %dx, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:466
	cmpw $1, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:467
	cmpw $4660, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:468
	cmpw $-1, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:469
	cmpw $4660, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:470
	cmpw $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:471
	cmpw $4660, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:472
	cmpb %al, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:473
	cmpb %cl, %ah
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:474
	cmpb (%ebx), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:475
	cmpb %dl, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:476
	cmpb -8(%ebp), %dl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:477
	cmpb %dl, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:478
	cmpb $1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:479
	cmpb $-1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:480
	cmpb $127, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:481
	cmpb $128, %ch
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:482
	cmpb $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:483
	cmpb $255, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:485
	addl $0, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:486
	addl $1, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:487
	addl $-1, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:488
	addl $127, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:489
	addl $128, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:490
	addl $-129, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:491
	addl $2147483647, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:492
	addl $-2147483648, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:493
	addl $4294967295, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:494
	andl $0, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:495
	andl $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:496
	andl $-1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:497
	andl $127, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:498
	andl $128, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:499
	andl $-129, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:500
	andl $2147483647, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:501
	andl $-2147483648, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:502
	andl $4294967295, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:503
	cmpl $0, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:504
	cmpl $1, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:505
	cmpl $-1, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:506
	cmpl $127, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:507
	cmpl $128, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:508
	cmpl $-129, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:509
	cmpl $2147483647, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:510
	cmpl $-2147483648, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:511
	cmpl $4294967295, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:512
	orl $16, %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:513
	subl $16, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:514
	orl $13, %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:515
	subl $13, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:516
	orl $-8, %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:517
	subl $-8, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:518
	orl $97, %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:519
	subl $97, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:521
	testl %eax, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:522
	testl %esi, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:523
	testl %ecx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:524
	testl %edx, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:525
	testl $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:526
	testl $2147483648, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:527
	testl $1, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:528
	testl $-1, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:529
	testl $256, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:530
	testl $1, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:531
	testw %ax, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:532
	testw $4660, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:533
	testw $1, %cx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:534
	testw $1, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:535
	testb %al, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:536
	testb %ah, %ah
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:537
	testb $1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:538
	testb $128, %dh
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:539
	testb $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:540
	testb %cl, 16(%ebx,%esi,8)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:542
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:543
	incl %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:544
	incl (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:545
	incl sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:546
	.byte 0x66, 0xff, 0xc1
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:547
	incw 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:548
	incb %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:549
	incb %bh
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:550
	incb (%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:551
	decl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:552
	decl %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:553
	decl (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:554
	decl sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:555
	.byte 0x66, 0xff, 0xc9
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:556
	decw 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:557
	decb %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:558
	decb %bh
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:559
	decb (%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:560
	negl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:561
	xchgl %ebx, %edi
	negl %ebx
	xchgl %ebx, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:562
	negl (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:563
	negl sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:564
	negw %cx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:565
	negw 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:566
	negb %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:567
	negb %bh
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:568
	negb (%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:569
	notl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:570
	xchgl %ebx, %edi
	notl %ebx
	xchgl %ebx, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:571
	notl (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:572
	notl sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:573
	notw %cx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:574
	notw 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:575
	notb %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:576
	notb %bh
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:577
	notb (%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:579
	imull %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:580
	imull (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:581
	imull %ecx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:582
	imull %esi, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:583
	imull 8(%ebx), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:584
	imull $7, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:585
	imull $300, %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:586
	imull $7, %ecx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:587
	imull $-1, %ebx, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:588
	imull $300, (%ebx), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:589
	imull $305419896, 8(%ebx,%esi,4), %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:590
	imulw %cx, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:591
	imulb %cl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:592
	mull %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:593
	mull (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:594
	mull sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:595
	mulb %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:596
	mulw %cx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:597
	divl %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:598
	divl 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:599
	divb %cl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:600
	divw %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:601
	idivl %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:602
	idivl -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:603
	idivb %dh
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:604
	idivw %si
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:605
	cltd
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:607
	shll $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:608
	shll $3, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:609
	shll $31, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:610
	shll %cl, %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:611
	shll $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:612
	shll $4, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:613
	shll %cl, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:614
	shlw $1, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:615
	shlw $5, %di
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:616
	shlw %cl, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:617
	shlb $1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:618
	shlb $2, %ah
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:619
	shlb %cl, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:620
	shlb $7, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:622
	shrl $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:623
	shrl $3, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:624
	shrl $31, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:625
	shrl %cl, %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:626
	shrl $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:627
	shrl $4, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:628
	shrl %cl, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:629
	shrw $1, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:630
	shrw $5, %di
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:631
	shrw %cl, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:632
	shrb $1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:633
	shrb $2, %ah
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:634
	shrb %cl, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:635
	shrb $7, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:637
	sarl $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:638
	sarl $3, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:639
	sarl $31, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:640
	sarl %cl, %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:641
	sarl $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:642
	sarl $4, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:643
	sarl %cl, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:644
	sarw $1, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:645
	sarw $5, %di
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:646
	sarw %cl, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:647
	sarb $1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:648
	sarb $2, %ah
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:649
	sarb %cl, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:650
	sarb $7, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:652
	roll $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:653
	roll $3, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:654
	roll $31, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:655
	roll %cl, %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:656
	roll $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:657
	roll $4, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:658
	roll %cl, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:659
	rolw $1, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:660
	rolw $5, %di
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:661
	rolw %cl, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:662
	rolb $1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:663
	rolb $2, %ah
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:664
	rolb %cl, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:665
	rolb $7, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:667
	rorl $1, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:668
	rorl $3, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:669
	rorl $31, %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:670
	rorl %cl, %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:671
	rorl $1, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:672
	rorl $4, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:673
	rorl %cl, -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:674
	rorw $1, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:675
	rorw $5, %di
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:676
	rorw %cl, %bx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:677
	rorb $1, %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:678
	rorb $2, %ah
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:679
	rorb %cl, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:680
	rorb $7, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:682
	shldl $3, %edx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:683
	shldl %cl, %edx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:684
	shrdl $3, %edx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:685
	shrdl %cl, %edx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:686
	shldl $31, %esi, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:687
	shrdl %cl, %ebx, 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:688
	shldw $4, %dx, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:689
	shrdw %cl, %dx, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:691
	xchgb %al, %bl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:692
	xchgb %ah, %cl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:693
	xchgb %dl, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:694
	xchgl %eax, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:695
	xchgl %eax, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:696
	xchgl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:697
	xchgl %ebx, %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:698
	xchgl %esi, %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:699
	xchgl %ecx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:700
	xchgl (%ebx), %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:701
	xchgl %eax, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:702
	xchgw %ax, %cx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:703
	cmpxchgl %ecx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:704
	cmpxchgl %edx, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:705
	cmpxchgl %esi, 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:706
	cmpxchgb %cl, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:707
	cmpxchg8b (%edi)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:708
	xaddl %eax, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:709
	xaddl %eax, %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:710
	xaddl %ecx, sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:711
	xaddb %al, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:712
	lock
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:713
	xaddl %eax, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:714
	lock
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:715
	cmpxchgl %ecx, 4(%edx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:716
	lock
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:717
	incl (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:718
	lock
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:719
	orl $0, (%esp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:720
	lock
	xaddl %ecx, 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:722
	sete %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:723
	setne %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:724
	setl %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:725
	setle %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:726
	setg %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:727
	setge %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:728
	setb %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:729
	setae %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:730
	setbe %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:731
	seta %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:732
	sets %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:733
	setns %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:734
	seto %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:735
	setno %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:736
	setp %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:737
	setnp %al
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:738
	sete (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:739
	setne (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:740
	setl (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:741
	setle (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:742
	setg (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:743
	setge (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:744
	setb (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:745
	setae (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:746
	setbe (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:747
	seta (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:748
	sets (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:749
	setns (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:750
	seto (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:751
	setno (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:752
	setp (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:753
	setnp (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:754
	sete %bh
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:755
	setne 8(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:756
	seta sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:758
	cmovel %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:759
	cmovnel %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:760
	cmovll %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:761
	cmovlel %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:762
	cmovgl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:763
	cmovgel %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:764
	cmovbl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:765
	cmovael %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:766
	cmovbel %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:767
	cmoval %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:768
	cmovsl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:769
	cmovnsl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:770
	cmovol %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:771
	cmovnol %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:772
	cmovpl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:773
	cmovnpl %ebx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:774
	cmovel 8(%ebx), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:775
	cmovnel 8(%ebx), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:776
	cmovll 8(%ebx), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:777
	cmovlel 8(%ebx), %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:778
	cmoval (%ebx,%esi,4), %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:779
	cmovbl sym(,1), %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:780
	cmovew %bx, %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:782
	pushl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:783
	pushl %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:784
	pushl %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:785
	pushl %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:786
	pushl %esp
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:787
	pushl %ebp
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:788
	pushl %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:789
	pushl %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:790
	pushl (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:791
	pushl 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:792
	pushl 16(%ebx,%esi,8)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:793
	pushl sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:794
	pushl $0
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:795
	pushl $1
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:796
	pushl $-1
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:797
	pushl $127
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:798
	pushl $128
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:799
	pushl $-129
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:800
	pushl $305419896
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:801
	pushl $4294967295
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:802
	pushl $sym
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:803
	popl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:804
	popl %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:805
	popl %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:806
	popl %ebx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:807
	popl %esp
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:808
	popl %ebp
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:809
	popl %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:810
	popl %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:811
	popl (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:812
	popl 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:813
	popl -8(%ebp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:814
	popl 16(%ebx,%esi,8)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:815
	popl (%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:816
	popl 4(%esp)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:817
	popl sym(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:818
	popl sym+8(,1)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:819
	popl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:820
	popl %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:821
	popl %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:822
	popl %esi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:823
	popl %edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:824
	pushw %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:825
	popw %ax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:826
	pushfl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:827
	popfl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:828
	pushal
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:829
	popal
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:831
	call main.f
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:832
	call *%eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:833
	call *%edi
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:834
	call *(%eax)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:835
	call *8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:836
	call *(%ebx,%esi,4)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:837
	call sym
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:838
	jmp *%eax
.Lfe1:
	.size main.enc, .-main.enc
	.p2align 4, 0
	.pushsection pic386_functab,"a",@progbits
	.balign 4
	.long .Lfn1-., .Lfe1-., .Lfname1-., 0, 0, 4
	.section .rodata.str1.1,"aMS",@progbits,1
.Lfname1:
	.string "main.enc"
	.popsection
	.text
	.p2align 4, 0
	.globl main.enc2
	.type main.enc2, @function
main.enc2:
.Lfn2:
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:840
	jmp *(%eax)
.Lfe2:
	.size main.enc2, .-main.enc2
	.p2align 4, 0
	.pushsection pic386_functab,"a",@progbits
	.balign 4
	.long .Lfn2-., .Lfe2-., .Lfname2-., 0, 0, 4
	.section .rodata.str1.1,"aMS",@progbits,1
.Lfname2:
	.string "main.enc2"
	.popsection
	.text
	.p2align 4, 0
	.globl main.enc3
	.type main.enc3, @function
main.enc3:
.Lfn3:
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:842
	jmp *8(%ebx)
.Lfe3:
	.size main.enc3, .-main.enc3
	.p2align 4, 0
	.pushsection pic386_functab,"a",@progbits
	.balign 4
	.long .Lfn3-., .Lfe3-., .Lfname3-., 0, 0, 4
	.section .rodata.str1.1,"aMS",@progbits,1
.Lfname3:
	.string "main.enc3"
	.popsection
	.text
	.p2align 4, 0
	.globl main.enc4
	.type main.enc4, @function
main.enc4:
.Lfn4:
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:844
	jmp main.f
.Lfe4:
	.size main.enc4, .-main.enc4
	.p2align 4, 0
	.pushsection pic386_functab,"a",@progbits
	.balign 4
	.long .Lfn4-., .Lfe4-., .Lfname4-., 0, 0, 4
	.section .rodata.str1.1,"aMS",@progbits,1
.Lfname4:
	.string "main.enc4"
	.popsection
	.text
	.p2align 4, 0
	.globl main.enc5
	.type main.enc5, @function
main.enc5:
.Lfn5:
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:846
	ret
.Lfe5:
	.size main.enc5, .-main.enc5
	.p2align 4, 0
	.pushsection pic386_functab,"a",@progbits
	.balign 4
	.long .Lfn5-., .Lfe5-., .Lfname5-., 0, 0, 4
	.section .rodata.str1.1,"aMS",@progbits,1
.Lfname5:
	.string "main.enc5"
	.popsection
	.text
	.p2align 4, 0
	.globl main.enc6
	.type main.enc6, @function
main.enc6:
.Lfn6:
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:848
	.byte 0xcd, 0x03
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:849
	int $128
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:851
	cpuid
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:852
	rdtsc
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:853
	cld
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:854
	std
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:855
	hlt
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:856
	pause
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:857
	mfence
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:858
	lfence
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:859
	sfence
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:860
	bswap %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:861
	bsfl %ecx, %edx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:862
	bsrl (%ebx), %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:863
	btl $3, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:864
	btl %ecx, (%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:865
	btsl $5, 8(%ebx)
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:866
	btrl %edx, %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:868
	rep
	movsl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:869
	rep
	movsb
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:870
	rep
	stosl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:871
	rep
	stosb
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:872
	rep
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:873
	movsl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:874
	rep
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:875
	stosb
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:876
	movsb
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:877
	movsl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:878
	stosl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:879
	stosb
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:880
	lodsl
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:881
	lodsb
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:882
	cmpsb
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:883
	scasb
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:884
	repne
	scasb
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:886
	.byte 144
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:887
	.byte 204
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:888
	.word 4660
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:889
	.long 305419896
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:892
.Lb1:
	decl %ecx
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:893
	loop .Lb1
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:894
	jne .Lb1
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:895
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:896
	jb .Lb1
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:897
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:899
	je .Lb2
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:900
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:902
.Lb2:
	jne .Lb3
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:903
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:905
.Lb3:
	jl .Lb4
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:906
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:908
.Lb4:
	jle .Lb5
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:909
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:911
.Lb5:
	jg .Lb6
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:912
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:914
.Lb6:
	jge .Lb7
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:915
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:917
.Lb7:
	jb .Lb8
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:918
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:920
.Lb8:
	jae .Lb9
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:921
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:923
.Lb9:
	jbe .Lb10
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:924
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:926
.Lb10:
	ja .Lb11
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:927
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:929
.Lb11:
	js .Lb12
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:930
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:932
.Lb12:
	jns .Lb13
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:933
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:935
.Lb13:
	jo .Lb14
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:936
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:938
.Lb14:
	jno .Lb15
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:939
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:941
.Lb15:
	jp .Lb16
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:942
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:944
.Lb16:
	jnp .Lb17
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:945
	incl %eax
	# /work/wt/i11enc/tests/asm/testdata/386enc.s:947
.Lb17:
	ret
.Lfe6:
	.size main.enc6, .-main.enc6
	.p2align 4, 0
	.pushsection pic386_functab,"a",@progbits
	.balign 4
	.long .Lfn6-., .Lfe6-., .Lfname6-., 0, 0, 4
	.section .rodata.str1.1,"aMS",@progbits,1
.Lfname6:
	.string "main.enc6"
	.popsection
	.section .note.GNU-stack,"",@progbits
