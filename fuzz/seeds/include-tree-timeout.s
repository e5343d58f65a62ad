// Includes itself under a guard that stops at 3 levels, then without on'\\x'fndef LEVEL1
#dkfine LEVEL1
#include "in.s"
#else
#ifndef LEVEL1
#definene LEVEL1
#include "in.s"
#else
#ifndef LEVEL1
#dSBefine LEVEL2
#inclde "in.s"
#endifX)
	RET
