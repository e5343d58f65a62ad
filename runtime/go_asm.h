// go_asm.h: field offsets of runtime.h's structures for assembly. Go
// generated this file; here it is written by hand and runtime.h checks
// every value against the C layout, so the two cannot drift apart.

// struct g: the first seven words are Go 1.7's, which the assembler's
// stack-split prologue and WRAPPER code depend on.
#define g_stack_lo	0
#define g_stack_hi	4
#define g_stackguard0	8
#define g_stackguard1	12
#define g__panic	16
#define g__defer	20
#define g_m	24
#define g_sched_sp	28

// struct m
#define m_g0	0
#define m_curg	4
#define m_morepc	8
#define m_moresp	12
#define m_morectxt	16
#define m_cret	20
#define m_cretdx	24

// struct funcval
#define funcval_fn	0
