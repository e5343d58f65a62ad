// decode.c: Zydis turns bytes into an Insn, the few facts the analysis uses.
//
// Zydis (libzydis, MIT) rather than Capstone: it lists every operand an
// instruction has, the hidden ones too (cpuid writes EBX, cmpxchg8b reads
// it, pusha/popa, xchg), each with its read/write action, so "does this
// instruction change EBX" is a table lookup, not a list of mnemonics kept by
// hand; and it decodes several times faster (README: the choice).
#include "vet/vet.h"

#include "internal/internal.h"

#include <Zydis/Zydis.h>
#include <string.h>

static ZydisDecoder dec;
static ZydisFormatter fmt;

// Each register's 32-bit GPR (R_EAX..R_EDI, R_NONE for the others) and
// whether it is a narrower part of it: asked for every operand of every
// instruction decoded, so looked up once per register here, not through
// ZydisRegisterGetLargestEnclosing each time.
static uint8_t gpr_of[ZYDIS_REGISTER_MAX_VALUE + 1];
static bool gpr_part[ZYDIS_REGISTER_MAX_VALUE + 1];

void decode_init(void) {
  static bool done;
  if (done)
    return;
  ZydisDecoderInit(&dec, ZYDIS_MACHINE_MODE_LEGACY_32, ZYDIS_STACK_WIDTH_32);
  ZydisFormatterInit(&fmt, ZYDIS_FORMATTER_STYLE_ATT);
  for (int r = 0; r <= ZYDIS_REGISTER_MAX_VALUE; r++) {
    gpr_of[r] = R_NONE;
    if (r == ZYDIS_REGISTER_NONE)
      continue;
    ZydisRegister big = ZydisRegisterGetLargestEnclosing(ZYDIS_MACHINE_MODE_LEGACY_32, (ZydisRegister)r);
    if (big >= ZYDIS_REGISTER_EAX && big <= ZYDIS_REGISTER_EDI) {
      gpr_of[r] = (uint8_t)(big - ZYDIS_REGISTER_EAX);
      gpr_part[r] = big != (ZydisRegister)r;
    }
  }
  done = true;
}

// A register as the analysis numbers GPRs: R_EAX..R_EDI, or R_NONE.
static uint8_t gpr(ZydisRegister r, bool *partial) {
  if ((unsigned)r > ZYDIS_REGISTER_MAX_VALUE || gpr_of[r] == R_NONE)
    return R_NONE;
  if (partial)
    *partial = gpr_part[r];
  return gpr_of[r];
}

// The Insn of an instruction Zydis decoded at a (zi) with its operands
// (zo): decode_at's, and decode_flow's for a branch it already decoded.
static void fill(uint32_t a, Insn *in, const ZydisDecodedInstruction *zi, const ZydisDecodedOperand *zo) {
  in->len = zi->length;
  switch (zi->mnemonic) {
  case ZYDIS_MNEMONIC_MOV: in->m = M_MOV; break;
  case ZYDIS_MNEMONIC_LEA: in->m = M_LEA; break;
  case ZYDIS_MNEMONIC_ADD: in->m = M_ADD; break;
  case ZYDIS_MNEMONIC_SUB: in->m = M_SUB; break;
  case ZYDIS_MNEMONIC_PUSH: in->m = M_PUSH; break;
  case ZYDIS_MNEMONIC_POP: in->m = M_POP; break;
  case ZYDIS_MNEMONIC_XCHG: in->m = M_XCHG; break;
  case ZYDIS_MNEMONIC_AND: in->m = M_AND; break;
  case ZYDIS_MNEMONIC_CMP: in->m = M_CMP; break;
  case ZYDIS_MNEMONIC_LEAVE: in->m = M_LEAVE; break;
  case ZYDIS_MNEMONIC_JNBE: in->m = M_JA; break;
  case ZYDIS_MNEMONIC_JNB: in->m = M_JAE; break;
  case ZYDIS_MNEMONIC_JB: in->m = M_JB; break;
  case ZYDIS_MNEMONIC_JBE: in->m = M_JBE; break;
  case ZYDIS_MNEMONIC_XOR: in->m = M_XOR; break;
  case ZYDIS_MNEMONIC_PUSHAD: case ZYDIS_MNEMONIC_PUSHA: in->m = M_PUSHA; break;
  case ZYDIS_MNEMONIC_POPAD: case ZYDIS_MNEMONIC_POPA: in->m = M_POPA; break;
  case ZYDIS_MNEMONIC_ENTER: in->m = M_ENTER; break;
  case ZYDIS_MNEMONIC_MOVZX: in->m = M_MOVZX; break;
  default: in->m = M_OTHER;
  }
  in->notrack = (zi->attributes & ZYDIS_ATTRIB_HAS_NOTRACK) != 0;
  in->kind = I_OTHER;
  for (int i = 0; i < zi->operand_count; i++) {
    const ZydisDecodedOperand *o = &zo[i];
    bool part = false;
    if (o->type == ZYDIS_OPERAND_TYPE_REGISTER && (o->actions & ZYDIS_OPERAND_ACTION_MASK_WRITE)) {
      uint8_t r = gpr(o->reg.value, &part);
      if (r != R_NONE)
        in->writes |= 1u << r;
    }
    if (i >= zi->operand_count_visible || i >= 4)
      continue;
    Opnd *d = &in->op[in->nops++];
    d->read = (o->actions & ZYDIS_OPERAND_ACTION_MASK_READ) != 0;
    d->write = (o->actions & ZYDIS_OPERAND_ACTION_MASK_WRITE) != 0;
    switch (o->type) {
    case ZYDIS_OPERAND_TYPE_REGISTER:
      d->kind = 'r';
      d->reg = gpr(o->reg.value, &part);
      d->partial = part;
      d->low = !part ? 32
               : o->reg.value == ZYDIS_REGISTER_AH || o->reg.value == ZYDIS_REGISTER_BH ||
                         o->reg.value == ZYDIS_REGISTER_CH || o->reg.value == ZYDIS_REGISTER_DH
                   ? 0
                   : (uint8_t)o->size;
      break;
    case ZYDIS_OPERAND_TYPE_MEMORY:
      d->kind = 'm';
      d->mem.base = gpr(o->mem.base, NULL);
      d->mem.index = gpr(o->mem.index, NULL);
      d->mem.scale = o->mem.scale;
      d->mem.disp = o->mem.disp.has_displacement ? (int32_t)o->mem.disp.value : 0;
      d->mem.seg = o->mem.segment == ZYDIS_REGISTER_FS || o->mem.segment == ZYDIS_REGISTER_GS;
      d->mem.size = o->size;
      // lea's "memory" is an address, not an access.
      if (o->mem.type != ZYDIS_MEMOP_TYPE_MEM && o->mem.type != ZYDIS_MEMOP_TYPE_AGEN)
        d->kind = 'x';
      if ((o->mem.base != ZYDIS_REGISTER_NONE && d->mem.base == R_NONE) ||
          (o->mem.index != ZYDIS_REGISTER_NONE && d->mem.index == R_NONE))
        d->kind = 'x';   // a 16-bit or vector address: never a stack slot
      break;
    case ZYDIS_OPERAND_TYPE_IMMEDIATE:
      d->kind = 'i';
      d->imm = o->imm.is_signed ? o->imm.value.s : (int64_t)o->imm.value.u;
      if (o->imm.is_relative) {
        ZyanU64 t;
        if (ZYAN_SUCCESS(ZydisCalcAbsoluteAddress(zi, o, a, &t)))
          in->target = (uint32_t)t;
      }
      break;
    default:
      d->kind = 'x';
    }
  }
  bool rel = in->nops > 0 && in->op[0].kind == 'i';
  switch (zi->meta.category) {
  case ZYDIS_CATEGORY_UNCOND_BR: in->kind = rel ? I_JMP : I_JMPI; break;
  case ZYDIS_CATEGORY_COND_BR: in->kind = I_JCC; break;
  case ZYDIS_CATEGORY_CALL: in->kind = rel ? I_CALL : I_CALLI; break;
  case ZYDIS_CATEGORY_RET: in->kind = I_RET; break;
  default: break;
  }
  switch (zi->mnemonic) {
  case ZYDIS_MNEMONIC_UD0: case ZYDIS_MNEMONIC_UD1: case ZYDIS_MNEMONIC_UD2:
  case ZYDIS_MNEMONIC_HLT: case ZYDIS_MNEMONIC_INT3: case ZYDIS_MNEMONIC_IRET:
  case ZYDIS_MNEMONIC_IRETD: case ZYDIS_MNEMONIC_SYSEXIT: case ZYDIS_MNEMONIC_SYSRET:
    in->kind = I_STOP;
    break;
  case ZYDIS_MNEMONIC_JMP:
    if (in->nops && in->op[0].kind == 'x')
      in->kind = I_STOP;   // far jump
    break;
  default: break;
  }
  if (zi->meta.category == ZYDIS_CATEGORY_NOP)
    in->nop = true;
  else if ((in->m == M_LEA || in->m == M_MOV) && in->nops == 2 && in->op[0].kind == 'r' && !in->op[0].partial &&
           ((in->op[1].kind == 'm' && in->m == M_LEA && in->op[1].mem.base == in->op[0].reg &&
             in->op[1].mem.index == R_NONE && in->op[1].mem.disp == 0) ||
            (in->op[1].kind == 'r' && in->op[1].reg == in->op[0].reg)))
    in->nop = true;
  else if (in->m == M_XCHG && in->nops == 2 && in->op[0].kind == 'r' && in->op[1].kind == 'r' &&
           in->op[0].reg == in->op[1].reg)
    in->nop = true;
  if ((in->kind == I_JMP || in->kind == I_JCC || in->kind == I_CALL) && !rel)
    in->kind = in->kind == I_CALL ? I_CALLI : I_STOP;
}

// The Insn at a from an instruction decoded there (zi, or none: NULL) and
// its operands, decoded now: Zydis' DecodeFull is these two calls, and
// decode_flow makes the first alone.
static bool finish(uint32_t a, Insn *in, ZydisDecoderContext *ctx, const ZydisDecodedInstruction *zi) {
  memset(in, 0, sizeof *in);
  in->addr = a;
  in->kind = I_BAD;
  ZydisDecodedOperand zo[ZYDIS_MAX_OPERAND_COUNT];
  if (!zi || !ZYAN_SUCCESS(ZydisDecoderDecodeOperands(&dec, ctx, zi, zo, zi->operand_count)))
    return false;
  fill(a, in, zi, zo);
  return true;
}

bool decode_at(const Elf *e, uint32_t a, Insn *in) {
  uint32_t n;
  const uint8_t *p = elf_bytes(e, a, &n);
  ZydisDecoderContext ctx;
  ZydisDecodedInstruction zi;
  bool ok = p && ZYAN_SUCCESS(ZydisDecoderDecodeInstruction(&dec, &ctx, p, n, &zi));
  return finish(a, in, &ctx, ok ? &zi : NULL);
}

// Only the control flow: Zydis' instruction decode without its operands
// (decoding the operands, hidden ones included, is most of DecodeFull's
// cost). An instruction that is not a branch, a call or a return falls
// through or stops by its mnemonic alone, as in decode_at; the others go
// to decode_at for their targets and operands, so every kind and target
// is decode_at's. (DecodeFull is DecodeInstruction, then the operands of
// what it decoded: bytes that decode one way decode the other; checked
// over every byte offset of the corpus' code, README.)
bool decode_flow(const Elf *e, uint32_t a, Insn *in) {
  uint32_t n;
  const uint8_t *p = elf_bytes(e, a, &n);
  ZydisDecoderContext ctx;
  ZydisDecodedInstruction zi;
  if (!p || !ZYAN_SUCCESS(ZydisDecoderDecodeInstruction(&dec, &ctx, p, n, &zi)))
    return decode_at(e, a, in);   // the same failure, the same Insn
  switch (zi.meta.category) {
  case ZYDIS_CATEGORY_UNCOND_BR: case ZYDIS_CATEGORY_COND_BR: case ZYDIS_CATEGORY_CALL: case ZYDIS_CATEGORY_RET:
    return finish(a, in, &ctx, &zi);   // its operands, from the decode just made
  default: break;
  }
  in->addr = a;
  in->len = zi.length;
  in->target = 0;
  in->nops = 0;
  switch (zi.mnemonic) {
  case ZYDIS_MNEMONIC_UD0: case ZYDIS_MNEMONIC_UD1: case ZYDIS_MNEMONIC_UD2:
  case ZYDIS_MNEMONIC_HLT: case ZYDIS_MNEMONIC_INT3: case ZYDIS_MNEMONIC_IRET:
  case ZYDIS_MNEMONIC_IRETD: case ZYDIS_MNEMONIC_SYSEXIT: case ZYDIS_MNEMONIC_SYSRET:
    in->kind = I_STOP;
    break;
  default: in->kind = I_OTHER;
  }
  return true;
}

void insn_text(const Elf *e, const Insn *in, char *buf, size_t n) {
  uint32_t m;
  const uint8_t *p = elf_bytes(e, in->addr, &m);
  ZydisDecodedInstruction zi;
  ZydisDecodedOperand zo[ZYDIS_MAX_OPERAND_COUNT];
  if (!p || !ZYAN_SUCCESS(ZydisDecoderDecodeFull(&dec, p, m, &zi, zo)) ||
      !ZYAN_SUCCESS(ZydisFormatterFormatInstruction(&fmt, &zi, zo, zi.operand_count_visible, buf, n,
                                                    in->addr, ZYAN_NULL))) {
    snprintf(buf, n, "(bad instruction)");
    return;
  }
  if (in->kind == I_CALL || in->kind == I_JMP || in->kind == I_JCC) {
    const PltEnt *pe = plt_at(e, in->target);
    const VSym *s = pe ? NULL : elf_sym_at(e, in->target);
    char *sp = strchr(buf, ' ');
    if (sp && pe && pe->name)
      snprintf(sp, n - (sp - buf), " %s@plt", pe->name);
    else if (sp && s && s->value == in->target)
      snprintf(sp, n - (sp - buf), " %s", s->name);
  }
}
