// optab.c: the instruction table and the spellings Go accepts for it.
#include "asm/asm.h"

#include <string.h>

const OpInfo optab[NOPS] = {
#define OP(go, gnu, size, shape) [A##go] = {#go, gnu, size, shape},
#include "ops.def"
#undef OP
};

// Go's assembler accepts these other names for conditional jumps
// (cmd/asm/internal/arch: instructions["JA"] = x86.AJHI, ...).
static const struct {
  const char *alias;
  int as;
} aliases[] = {
    {"JA", AJHI},   {"JAE", AJCC},  {"JB", AJCS},   {"JBE", AJLS},  {"JC", AJCS},
    {"JE", AJEQ},   {"JG", AJGT},   {"JHS", AJCC},  {"JL", AJLT},   {"JLO", AJCS},
    {"JNA", AJLS},  {"JNAE", AJCS}, {"JNB", AJCC},  {"JNBE", AJHI}, {"JNC", AJCC},
    {"JNG", AJLE},  {"JNGE", AJLT}, {"JNL", AJGE},  {"JNLE", AJGT}, {"JNO", AJOC},
    {"JNP", AJPC},  {"JNS", AJPL},  {"JNZ", AJNE},  {"JO", AJOS},   {"JP", AJPS},
    {"JPE", AJPS},  {"JPO", AJPC},  {"JS", AJMI},   {"JZ", AJEQ},   {"JCXZ", AJCXZL},
};

static Map names;

int op_lookup(const char *name, int len) {
  if (!names.cap) {
    for (int i = 0; i < NOPS; i++)
      map_put(&names, optab[i].go, (void *)(intptr_t)(i + 1));
    for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
      map_put(&names, aliases[i].alias, (void *)(intptr_t)(aliases[i].as + 1));
  }
  char buf[32];
  if (len <= 0 || len >= (int)sizeof buf)
    return -1;
  memcpy(buf, name, len);
  buf[len] = 0;
  return (int)(intptr_t)map_get(&names, buf) - 1;
}

bool op_is_jcc(int as) { return (as >= AJEQ && as <= AJPC) || as == AJCXZL; }

// The conditional jumps of Go 1.7's yjcond, the ones that take a hint
// (JEQ $1, x): not JCXZL or the LOOPs (yloop; Go 1.7 died on a likely one in
// follow, "unknown relation"), nor JMP and CALL.
bool op_takes_hint(int as) { return as >= AJEQ && as <= AJPC; }

static const char *const regnames[NREG] = {
    [REG_NONE] = "NONE", [REG_AL] = "AL", [REG_CL] = "CL", [REG_DL] = "DL",
    [REG_BL] = "BL",     [REG_AH] = "AH", [REG_CH] = "CH", [REG_DH] = "DH",
    [REG_BH] = "BH",     [REG_AX] = "AX", [REG_CX] = "CX", [REG_DX] = "DX",
    [REG_BX] = "BX",     [REG_SP] = "SP", [REG_BP] = "BP", [REG_SI] = "SI",
    [REG_DI] = "DI",     [REG_TLS] = "TLS", [REG_ES] = "ES", [REG_CS] = "CS",
    [REG_SS] = "SS",     [REG_DS] = "DS",   [REG_FS] = "FS", [REG_GS] = "GS",
    [REG_FP] = "FP", [REG_SB] = "SB",
    [REG_PC] = "PC",
};

const char *reg_goname(int r) { return r >= 0 && r < NREG ? regnames[r] : "?"; }

int reg_full(int r) {
  if (r >= REG_AL && r <= REG_BL)
    return r - REG_AL + REG_AX;
  if (r >= REG_AH && r <= REG_BH)
    return r - REG_AH + REG_AX;
  return r;
}

bool op_is_prefix(int as) { return as == ALOCK || as == AREP || as == AREPN; }

bool is_double_shift(int as) {
  return as == ASHLL || as == ASHRL || as == ASHLW || as == ASHRW;
}

// LOCK before an instruction that can be locked (a read-modify-write of its
// memory destination), REP/REPN before a string instruction: anything else
// raises #UD (SIGILL), and GNU as refuses it too.
bool op_prefix_fits(const Prog *pre, const Prog *p) {
  static const int lockable[] = {
      AADDB, AADDW, AADDL, AADCB, AADCW, AADCL, AANDB, AANDW, AANDL, AORB, AORW, AORL,
      AXORB, AXORW, AXORL, ASBBB, ASBBW, ASBBL, ASUBB, ASUBW, ASUBL, AINCB, AINCW, AINCL,
      ADECB, ADECW, ADECL, ANEGB, ANEGW, ANEGL, ANOTB, ANOTW, ANOTL, ABTCL, ABTRL, ABTSL,
      ACMPXCHGB, ACMPXCHGW, ACMPXCHGL, ACMPXCHG8B, AXADDB, AXADDW, AXADDL,
      AXCHGB, AXCHGW, AXCHGL, ABTCW, ABTRW, ABTSW};
  static const int repeatable[] = {AMOVSB, AMOVSW, AMOVSL, ASTOSB, ASTOSW, ASTOSL, ALODSB,
                                   ALODSW, ALODSL, ASCASB, ASCASW, ASCASL, ACMPSB, ACMPSW,
                                   ACMPSL};
  const int *ok = pre->as == ALOCK ? lockable : repeatable;
  size_t n = pre->as == ALOCK ? sizeof lockable / sizeof *lockable
                              : sizeof repeatable / sizeof *repeatable;
  bool fits = false;
  for (size_t i = 0; i < n; i++)
    fits |= ok[i] == p->as;
  if (fits && pre->as == ALOCK)
    fits = p->to.type == A_MEM || (optab[p->as].shape == SH_XCHG && p->from.type == A_MEM);
  if (fits)
    return true;
  if (pre->as == ALOCK)
    error_at(p->pos, "LOCK %s: only a read-modify-write of memory can be locked (ADD, ADC, AND, "
             "OR, XOR, SBB, SUB, INC, DEC, NEG, NOT, BTC, BTR, BTS, CMPXCHG, CMPXCHG8B, XADD, "
             "XCHG with a memory destination)", optab[p->as].go);
  else
    error_at(p->pos, "%s %s: only a string instruction (MOVS, STOS, LODS, SCAS, CMPS) can be "
             "repeated", optab[pre->as].go, optab[p->as].go);
  return false;
}

// What each instruction uses beyond its operands (Intel SDM, vol. 2): the
// rewrites of -shared and -dynlink load an address into CX, so an
// instruction that reads CX implicitly cannot be given one (progedit.c).
#define AX_ REGMASK(REG_AX)
#define CX_ REGMASK(REG_CX)
#define DX_ REGMASK(REG_DX)
#define BX_ REGMASK(REG_BX)
#define SP_ REGMASK(REG_SP)
#define SI_ REGMASK(REG_SI)
#define DI_ REGMASK(REG_DI)
static const uint8_t implicit[NOPS] = {
    [ACMPXCHG8B] = AX_ | DX_ | CX_ | BX_,   // EDX:EAX against m64, ECX:EBX stored
    [ACMPXCHGB] = AX_, [ACMPXCHGW] = AX_, [ACMPXCHGL] = AX_,
    [AMULB] = AX_, [AMULW] = AX_ | DX_, [AMULL] = AX_ | DX_,
    [ADIVB] = AX_, [ADIVW] = AX_ | DX_, [ADIVL] = AX_ | DX_,
    [AIDIVB] = AX_, [AIDIVW] = AX_ | DX_, [AIDIVL] = AX_ | DX_,
    [ACDQ] = AX_ | DX_, [ACWD] = AX_ | DX_, [ACWDE] = AX_,
    [ACPUID] = AX_ | BX_ | CX_ | DX_, [ARDTSC] = AX_ | DX_,
    [ASAHF] = AX_, [ALAHF] = AX_,
    [AMOVSL] = SI_ | DI_, [AMOVSW] = SI_ | DI_, [AMOVSB] = SI_ | DI_,
    [ASTOSL] = AX_ | DI_, [ASTOSW] = AX_ | DI_, [ASTOSB] = AX_ | DI_,
    [ALODSL] = AX_ | SI_, [ALODSB] = AX_ | SI_,
    [ASCASL] = AX_ | DI_, [ASCASB] = AX_ | DI_,
    [ACMPSL] = SI_ | DI_, [ACMPSB] = SI_ | DI_,
    [ACMPSW] = SI_ | DI_, [ALODSW] = AX_ | SI_, [ASCASW] = AX_ | DI_,
    [AREP] = CX_, [AREPN] = CX_,            // the count
    [ALOOP] = CX_, [ALOOPEQ] = CX_, [ALOOPNE] = CX_, [AJCXZL] = CX_,
    [AXLAT] = AX_ | BX_, [AAAD] = AX_, [AAAM] = AX_, [AAAS] = AX_, [ADAA] = AX_, [ADAS] = AX_,
    [ALEAVEL] = SP_, [ALEAVEW] = SP_,
    [APUSHAW] = AX_ | CX_ | DX_ | BX_ | SP_ | SI_ | DI_,
    [APOPAW] = AX_ | CX_ | DX_ | BX_ | SP_ | SI_ | DI_,
    [APUSHAL] = AX_ | CX_ | DX_ | BX_ | SP_ | SI_ | DI_,
    [APOPAL] = AX_ | CX_ | DX_ | BX_ | SP_ | SI_ | DI_,
};

unsigned op_implicit_regs(const Prog *p) {
  unsigned m = implicit[p->as];
  if (p->prefix)
    m |= implicit[p->prefix];
  // IMULL with one operand multiplies into EDX:EAX.
  if (optab[p->as].shape == SH_IMUL && !p->to.type)
    m |= p->as == AIMULB ? AX_ : AX_ | DX_;
  return m;
}
