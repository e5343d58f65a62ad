#define M0(x) ADDL $0, x
#define M1(x) ADDL $1, x
#define M2(x) ADDL $2, x
#define M3(x) ADDL $3, x
#define M4(x) ADDL $4, x
#define M5(x) ADDL $5, x
#define M6(x) ADDL $6, x
#define M7(x) ADDL $7, x
#define M8(x) ADDL $8, x
#define M9(x) ADDL $9, x
#define M10(x) ADDL $10, x
#define M11(x) ADDL $11, x
#define M12(x) ADDL $12, x
#define M13(x) ADDL $13, x
#define M14(x) ADDL $14, x
#define M15(x) ADDL $15, x
#define M16(x) ADDL $16, x
#define M17(x) ADDL $17, x
#define M18(x) ADDL $18, x
#define M19(x) ADDL $19, x
#define M20(x) ADDL $20, x
#define M21(x) ADDL $21, x
#define M22(x) ADDL $22, x
#define M23(x) ADDL $23, x
#define M24(x) ADDL $24, x
#define M25(x) ADDL $25, x
#define M26(x) ADDL $26, x
#define M27(x) ADDL $27, x
#define M28(x) ADDL $28, x
#define M29(x) ADDL $29, x
#define M30(x) ADDL $30, x
#define M31(x) ADDL $31, x
#define M32(x) ADDL $32, x
#define M33(x) ADDL $33, x
#define M34(x) ADDL $34, x
#define M35(x) ADDL $35, x
#define M36(x) ADDL $36, x
#define M37(x) ADDL $37, x
#define M38(x) ADDL $38, x
#define M39(x) ADDL $39, x
#define M40(x) ADDL $40, x
#define M41(x) ADDL $41, x
#define M42(x) ADDL $42, x
#define M43(x) ADDL $43, x
#define M44(x) ADDL $44, x
#define M45(x) ADDL $45, x
#define M46(x) ADDL $46, x
#define M47(x) ADDL $47, x
#define M48(x) ADDL $48, x
#define M49(x) ADDL $49, x
#define M50(x) ADDL $50, x
#define M51(x) ADDL $51, x
#define M52(x) ADDL $52, x
#define M53(x) ADDL $53, x
#define M54(x) ADDL $54, x
#define M55(x) ADDL $55, x
#define M56(x) ADDL $56, x
#define M57(x) ADDL $57, x
#define M58(x) ADDL $58, x
#define M59(x) ADDL $59, x
#define M60(x) ADDL $60, x
#define M61(x) ADDL $61, x
#define M62(x) ADDL $62, x
#define M63(x) ADDL $63, x
#define M64(x) ADDL $64, x
#define M65(x) ADDL $65, x
#define M66(x) ADDL $66, x
#define M67(x) ADDL $67, x
#define M68(x) ADDL $68, x
#define M69(x) ADDL $69, x
#define M70(x) ADDL $70, x
#define M71(x) ADDL $71, x
#define M72(x) ADDL $72, x
#define M73(x) ADDL $73, x
#define M74(x) ADDL $74, x
#define M75(x) ADDL $75, x
#define M76(x) ADDL $76, x
#define M77(x) ADDL $77, x
#define M78(x) ADDL $78, x
#define M79(x) ADDL $79, x
TEXT ·many(SB), $0-0
	M0(AX)
	M1(AX)
	M2(AX)
	M3(AX)
	M4(AX)
	M5(AX)
	M6(AX)
	M7(AX)
	M8(AX)
	M9(AX)
	M10(AX)
	M11(AX)
	M12(AX)
	M13(AX)
	M14(AX)
	M15(AX)
	M16(AX)
	M17(AX)
	M18(AX)
	M19(AX)
	M20(AX)
	M21(AX)
	M22(AX)
	M23(AX)
	M24(AX)
	M25(AX)
	M26(AX)
	M27(AX)
	M28(AX)
	M29(AX)
	M30(AX)
	M31(AX)
	M32(AX)
	M33(AX)
	M34(AX)
	M35(AX)
	M36(AX)
	M37(AX)
	M38(AX)
	M39(AX)
	M40(AX)
	M41(AX)
	M42(AX)
	M43(AX)
	M44(AX)
	M45(AX)
	M46(AX)
	M47(AX)
	M48(AX)
	M49(AX)
	M50(AX)
	M51(AX)
	M52(AX)
	M53(AX)
	M54(AX)
	M55(AX)
	M56(AX)
	M57(AX)
	M58(AX)
	M59(AX)
	M60(AX)
	M61(AX)
	M62(AX)
	M63(AX)
	M64(AX)
	M65(AX)
	M66(AX)
	M67(AX)
	M68(AX)
	M69(AX)
	M70(AX)
	M71(AX)
	M72(AX)
	M73(AX)
	M74(AX)
	M75(AX)
	M76(AX)
	M77(AX)
	M78(AX)
	M79(AX)
	RET
