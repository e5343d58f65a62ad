// Copyright 2014 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

//+build !gccgo

#include "textflag.h"

TEXT ·ImplementedInAsm(SB),NOSPLIT,$0-0
       RET
