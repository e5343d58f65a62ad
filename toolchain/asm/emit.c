// emit.c: GNU as text for i686-linux-gnu-as.
//
// What each mode becomes:
//   exe       absolute addresses; `call sym`; TLS local-exec through %gs:0.
//   -shared   a symbol reference after `call __x86.get_pc_thunk.cx` is
//             written sym-.LpcN(%ecx): CX holds the address .LpcN.
//   -dynlink  calls to globals go through the PLT (`call sym@PLT`, with BX
//             loaded by the rewrite), tail jumps do not (`jmp sym`, as Go's
//             R_PCREL); data through the GOT, in the 6-byte
//             load Go's linker produced; TLS is initial-exec through the
//             GOT, in Go's 14-byte g load. i386 has no PC-relative GOT
//             relocation: both loads stack R_386_GOTPC with the GOT one.
// Every function also gets an entry in the function table (FuncTabEntry).
#include "asm/asm.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char *const reg32[] = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
static const char *const reg16[] = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di"};
static const char *const reg8[] = {"al", "cl", "dl", "bl", "ah", "ch", "dh", "bh"};

static void put_reg(Buf *b, int r, int size) {
  buf_putc(b, '%');
  if (reg_is_seg(r)) {
    static const char *const seg[] = {"es", "cs", "ss", "ds", "fs", "gs"};
    buf_puts(b, seg[r - REG_ES]);
    return;
  }
  if (r >= REG_AL && r <= REG_BH) {
    buf_puts(b, reg8[r - REG_AL]);
    return;
  }
  int i = r - REG_AX;
  buf_puts(b, size == 1 ? reg8[i] : size == 2 ? reg16[i] : reg32[i]);
}

static void put_int(Buf *b, int64_t v) {
  char tmp[24];
  int n = 0;
  uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
  do
    tmp[n++] = '0' + u % 10;
  while (u /= 10);
  if (v < 0)
    buf_putc(b, '-');
  while (n)
    buf_putc(b, tmp[--n]);
}

// Symbol names with characters GNU as does not take bare (a/b.x, x<>)
// are quoted.
static void put_sym(Buf *b, const Sym *s) {
  const char *n = s->name;
  bool plain = true;
  for (const char *q = n; *q; q++)
    if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') ||
          *q == '_' || *q == '.' || *q == '$'))
      plain = false;
  if (plain) {
    buf_puts(b, n);
    return;
  }
  buf_putc(b, '"');
  buf_puts(b, n);
  buf_putc(b, '"');
}

static void put_label(Buf *b, const char *prefix, int n) {
  buf_puts(b, prefix);
  put_int(b, n);
}

static void put_offset(Buf *b, int64_t off) {
  if (off > 0)
    buf_putc(b, '+');
  if (off)
    put_int(b, off);
}

// disp(base,index,scale), with the symbol part written for the mode.
static void put_mem(Ctxt *c, Buf *b, const Prog *p, const Addr *a) {
  bool tls = a->index == REG_TLS;
  if (a->reg == REG_TLS)   // check_tls_bases has said why not
    return;
  if (tls && c->shared)
    buf_puts(b, "%gs:");
  if (reg_is_seg(a->reg)) {
    // off(FS): %fs:off
    put_reg(b, a->reg, 4);
    buf_putc(b, ':');
    put_int(b, a->offset);
    return;
  }
  if (a->sym) {
    put_sym(b, a->sym);
    put_offset(b, a->offset);
    if (a->pcrel && strcmp(a->sym->name, "_GLOBAL_OFFSET_TABLE_") != 0)
      put_label(b, "-.Lpc", p->label);
  } else if (tls && !c->shared) {
    buf_puts(b, "runtime.tlsg@ntpoff");
    put_offset(b, a->offset);
  } else if (a->offset || (!a->reg && !a->index)) {
    put_int(b, a->offset);
  }
  // An absolute address is ModRM disp32 in Go; written bare, GNU as would
  // pick the shorter moffs form (a0-a3) for MOV with AL/AX/EAX.
  if (!a->reg && !a->index) {
    buf_puts(b, "(,1)");
    return;
  }
  if (a->reg || (a->index && !tls)) {
    buf_putc(b, '(');
    if (a->reg)
      put_reg(b, a->reg, 4);
    if (a->index && !tls) {
      buf_putc(b, ',');
      put_reg(b, a->index, 4);
      buf_putc(b, ',');
      put_int(b, a->scale);
    }
    buf_putc(b, ')');
  }
}

static void put_operand(Ctxt *c, Buf *b, const Prog *p, const Addr *a, int size) {
  switch (a->type) {
  case A_REG:
    put_reg(b, a->reg, size);
    return;
  case A_CONST:
    buf_putc(b, '$');
    put_int(b, a->offset);
    return;
  case A_ADDR:
    buf_putc(b, '$');
    put_sym(b, a->sym);
    put_offset(b, a->offset);
    return;
  case A_MEM:
    put_mem(c, b, p, a);
    return;
  default:
    error_at(p->pos, "%s: cannot emit this operand", optab[p->as].go);
  }
}

// A branch: a label of this block, a symbol (through the PLT under
// -dynlink), or an indirect target.
static void put_branch(Ctxt *c, Buf *b, const Prog *p) {
  const Addr *a = &p->to;
  if (a->type == A_BRANCH && a->target) {
    put_label(b, ".Lb", a->target->label);
  } else if (a->type == A_BRANCH && a->sym) {
    put_sym(b, a->sym);
    // Go's R_CALL became R_386_PLT32, but a JMP (or Jcc) to a symbol was
    // R_PCREL, R_386_PC32: bound inside the module at link time, and into
    // another module only by a text relocation (measured with Go 1.7's
    // toolchain: ld warns "creating DT_TEXTREL"; pic386 build's -z text
    // refuses it). Never through a PLT, whose EBX the tail-calling
    // function does not set.
    if (c->dynlink && !a->sym->local && p->as == ACALL)
      buf_puts(b, "@PLT");
  } else if (a->type == A_REG || a->type == A_MEM) {
    buf_putc(b, '*');
    put_operand(c, b, p, a, 4);
  } else {
    error_at(p->pos, "%s: unresolved branch", optab[p->as].go);
  }
}

static void thunk_call(Ctxt *c, Buf *b, int r) {
  c->thunks |= 1u << r;
  buf_printf(b, "\tcall __x86.get_pc_thunk.%s\n", reg16[r - REG_AX]);
}

// i386 has no PC-relative GOT relocation, so, as Go's linker did, a load
// from the GOT after a thunk call carries two on one field: R_386_GOTPC
// (GOT - P) and rel (the entry - GOT). REL relocations add into the field,
// which starts at 2 (P - base: the opcode and ModRM byte), so base, the
// thunk's return address and this instruction's own, plus the field is the
// entry: `movl disp32(%base), %dst`, 6 bytes. label is the instruction's,
// defined by the caller, who also ends the second .reloc with the symbol.
static void got_field_load(Buf *b, const char *label, int base, int dst, const char *rel) {
  buf_printf(b, "\t{disp32} movl 2(%%%s), %%%s\n", reg32[base - REG_AX], reg32[dst - REG_AX]);
  buf_printf(b, "\t.reloc %s+2, R_386_GOTPC, _GLOBAL_OFFSET_TABLE_\n", label);
  buf_printf(b, "\t.reloc %s+2, %s, ", label, rel);
}

// MOVL TLS, R: the thread pointer (exe) or g's offset from it (-shared),
// the latter in Go's 11 bytes (thunk call, GOT load), not the 17 of forming
// the GOT base first. Where GNU ld relaxes initial-exec to local-exec (g
// defined in the executable), it rewrites the whole field. A bare .reloc
// does not make the symbol TLS; emit_end types it.
static void emit_tls_load(Ctxt *c, Buf *b, int r) {
  if (!c->shared) {
    buf_printf(b, "\tmovl %%gs:0(,1), %%%s\n", reg32[r - REG_AX]);
    return;
  }
  thunk_call(c, b, r);
  c->tlsg_ref = true;
  char label[32];
  snprintf(label, sizeof label, ".Ltls%d", ++c->nlabel);
  buf_printf(b, "%s:\n", label);
  got_field_load(b, label, r, r, "R_386_TLS_GOTIE");
  buf_puts(b, "runtime.tlsg\n");
}

// MOVL sym@GOT, R under -dynlink, which the PC-relative rewrite has put
// right after a thunk call, labelled: the load Go's linker made of
// R_GOTPCREL, to the module's real GOT entry.
static void emit_got_load(Buf *b, const Prog *p) {
  if (p->as != AMOVL || !p->from.pcrel || p->from.reg != REG_CX || p->from.index ||
      p->from.offset || p->to.type != A_REG || !(p->mark & MARK_PCLABEL)) {
    error_at(p->pos, "%s: internal error: a GOT load not of the form MOVL sym@GOT(CX), R",
             optab[p->as].go);
    return;
  }
  char label[32];
  snprintf(label, sizeof label, ".Lpc%d", p->label);
  got_field_load(b, label, REG_CX, p->to.reg, "R_386_GOT32");
  put_sym(b, p->from.sym);
  buf_putc(b, '\n');
}

// The start of an instruction's line: a prefix on the same line, where GNU
// as checks it too ("expecting lockable instruction").
static void put_position(Buf *b, const Pos *pos);

static void insn_start(Ctxt *c, Buf *b, const Prog *p) {
  const Pos *pp = p->prefix_pos;
  if (p->prefix && c->annotate && pp && (pp->line != p->pos->line || pp->file != p->pos->file)) {
    // Written on a line of its own, as Go's LOCK was an instruction of its
    // own: a reader (and goasm.bash) finds its byte on that line. GNU as
    // puts a prefix alone on a line before the next instruction, the same
    // bytes; the parser has already checked that it fits.
    put_position(b, pp);
    buf_printf(b, "\t%s\n", optab[p->prefix].gnu);
    put_position(b, p->pos);
    buf_putc(b, '\t');
    return;
  }
  buf_putc(b, '\t');
  if (p->prefix) {
    buf_puts(b, optab[p->prefix].gnu);
    buf_putc(b, ' ');
  }
}

// BP, SI and DI have no byte form on 386. Go 1.7's asm6 did a byte
// operation on one by exchanging it with AX, BX, CX or DX around the
// instruction, renamed (its byteswapreg): the first of them the other
// operand does not use, AX and DX never beside a missing operand (MUL, DIV
// and SETcc use them). Unlike Go, a memory operand's base counts even when
// it names a symbol: under -shared that base is CX, holding the PC.
static bool bad_byte_reg(const Addr *a) {
  return a->type == A_REG && a->reg >= REG_BP && a->reg <= REG_DI;
}

static int byte_swap_reg(const Addr *a) {
  unsigned avoid = 0;
  if (a->type == A_NONE)
    avoid |= REGMASK(REG_AX) | REGMASK(REG_DX);
  if (a->type == A_REG || a->type == A_MEM || a->type == A_ADDR) {
    if (a->reg == REG_NONE && a->type != A_REG)
      avoid |= REGMASK(REG_AX) | REGMASK(REG_DX);
    else if (a->reg != REG_NONE && reg_full(a->reg) <= REG_BX)
      avoid |= REGMASK(reg_full(a->reg));
  }
  if ((a->type == A_MEM || a->type == A_ADDR) && a->index >= REG_AX && a->index <= REG_BX)
    avoid |= REGMASK(a->index);
  static const int order[] = {REG_AX, REG_BX, REG_CX, REG_DX};
  for (int i = 0; i < 4; i++)
    if (!(avoid & REGMASK(order[i])))
      return order[i];
  return REG_NONE;
}

static void rename_reg(Addr *a, int from, int to) {
  if (a->type == A_REG && a->reg == from)
    a->reg = to;
  if (a->type == A_MEM || a->type == A_ADDR) {
    if (a->reg == from)
      a->reg = to;
    if (a->index == from)
      a->index = to;
  }
}

static void emit_prog(Ctxt *c, Buf *b, Prog *p);

// p done on register `with` in place of r, which is exchanged with it
// around the instruction: asm6's fallback where its table has no form for
// r (byteswapreg for bytes, the BX exchange of NEG/NOT). xchg %eax, %r is
// Go's 0x90+r; otherwise 87 /r with r in the r/m field.
static void emit_swapped(Ctxt *c, Buf *b, const Prog *p, int r, int with) {
  char xchg[32];
  snprintf(xchg, sizeof xchg, "\txchgl %%%s, %%%s\n", reg32[with - REG_AX], reg32[r - REG_AX]);
  Prog q = *p;
  q.mark &= ~(MARK_TARGET | MARK_PCLABEL);
  rename_reg(&q.from, r, with);
  rename_reg(&q.from3, r, with);
  rename_reg(&q.to, r, with);
  buf_puts(b, xchg);
  emit_prog(c, b, &q);   // again, for a second such register
  buf_puts(b, xchg);
}

// True if p was a byte operation on BP/SI/DI and has been emitted swapped.
static bool emit_byte_swapped(Ctxt *c, Buf *b, Prog *p) {
  const OpInfo *op = &optab[p->as];
  if (op->size != 1 || op->shape == SH_RAW || op->shape == SH_INT)
    return false;
  Addr *z = bad_byte_reg(&p->from) ? &p->from
            : bad_byte_reg(&p->to) && op->shape != SH_EXTEND ? &p->to : NULL;
  if (!z)
    return false;
  int r = z->reg, with = byte_swap_reg(z == &p->from ? &p->to : &p->from);
  if (with == REG_NONE) {
    error_at(p->pos, "%s: no byte register is free to stand for %s", op->go, reg_goname(r));
    return true;
  }
  emit_swapped(c, b, p, r, with);
  return true;
}

// `# file:line` before the code of a source line in the text output, where
// the code of one line starts (a reader's aid, and how tests/asm/goasm.bash
// attributes bytes to lines); file names are interned, so == compares them.
// A character that would end the comment early is written as '?'.
static void put_position(Buf *b, const Pos *pos) {
  buf_puts(b, "\t# ");
  for (const char *q = pos->file; *q; q++)
    buf_putc(b, *q == '\n' || *q == '\r' ? '?' : *q);
  buf_putc(b, ':');
  put_int(b, pos->line);
  buf_putc(b, '\n');
}

// Where Go 1.7's encoder chose other bytes than GNU as would for the plain
// instruction, the instruction in Go's form. Returns false for the others.
//   MOVL/MOVW $0, R   XORL/XORW R, R: the constant 0 is class Yi0, which
//                     ymovl/ymovw encode as Zclr (asm6.go). It clobbers
//                     the flags, as it did in Go 1.7 (PRESERVEFLAGS, the
//                     compiler's way out, is never set by the assembler).
//   NEG/NOT{L,W} BP/SI/DI  Go's table (yscond) takes only byte-addressable
//                     registers, so its fallback exchanges the register
//                     with BX around the instruction: 87 /r, op BX, 87 /r.
//   INC/DEC W R       ModRM (66 ff /0, /1); GNU as has only the short 66 40+r,
//                     so these are the one place where pic386 writes bytes.
//   INT $3            cd 03; GNU as writes int3 (cc) for a literal 3.
static bool emit_go_form(Ctxt *c, Buf *b, const Prog *p) {
  if ((p->as == AMOVL || p->as == AMOVW) && p->from.type == A_CONST &&
      (int32_t)p->from.offset == 0 && p->to.type == A_REG) {
    int sz = p->as == AMOVL ? 4 : 2;
    buf_puts(b, sz == 4 ? "\txorl " : "\txorw ");
    put_reg(b, p->to.reg, sz);
    buf_puts(b, ", ");
    put_reg(b, p->to.reg, sz);
    buf_putc(b, '\n');
    return true;
  }
  const Addr *a = p->from.type ? &p->from : &p->to;
  if ((p->as == ANEGL || p->as == ANOTL || p->as == ANEGW || p->as == ANOTW) &&
      a->type == A_REG && a->reg >= REG_BP && a->reg <= REG_DI) {
    emit_swapped(c, b, p, a->reg, REG_BX);
    return true;
  }
  if ((p->as == AINCW || p->as == ADECW) && a->type == A_REG) {
    buf_printf(b, "\t.byte 0x66, 0xff, %#x\n",
               (p->as == AINCW ? 0xc0 : 0xc8) | (a->reg - REG_AX));
    return true;
  }
  if (p->as == AINT && a->type == A_CONST && a->offset == 3) {
    // A value GNU as learns only after the instruction is not the 3 it
    // turns into int3.
    int label = ++c->nlabel;
    buf_printf(b, "\tint $.Limm%d\n.Limm%d = 3\n", label, label);
    return true;
  }
  return false;
}

static bool shape_has_imm16(Shape sh) {
  return sh == SH_MOVE || sh == SH_CMP || sh == SH_TEST || sh == SH_IMUL || sh == SH_IMUL3 ||
         sh == SH_PUSH;
}

static void emit_prog(Ctxt *c, Buf *b, Prog *p) {
  const OpInfo *op = &optab[p->as];
  if (p->mark & MARK_TARGET) {
    put_label(b, ".Lb", p->label);
    buf_puts(b, ":\n");
  }
  if (p->mark & MARK_PCLABEL) {
    put_label(b, ".Lpc", p->label);
    buf_puts(b, ":\n");
  }
  if (emit_byte_swapped(c, b, p))
    return;
  int size = op->size;
  switch (op->shape) {
  case SH_PSEUDO:
    return;
  case SH_NONE:
    insn_start(c, b, p);
    buf_puts(b, op->gnu);
    buf_putc(b, '\n');
    return;
  case SH_RAW:
    buf_putc(b, '\t');
    buf_puts(b, op->gnu);
    buf_putc(b, ' ');
    put_int(b, p->from.offset);
    buf_putc(b, '\n');
    return;
  case SH_BRANCH:
    buf_putc(b, '\t');
    // A jump to a symbol is rel32 in Go, whatever the distance; GNU as
    // would shorten one to a file-local symbol nearby (globals keep their
    // size with -mshared, asm.c).
    if (p->as != ACALL && p->to.type == A_BRANCH && p->to.sym)
      buf_puts(b, "{disp32} ");
    buf_puts(b, op->gnu);
    buf_putc(b, ' ');
    put_branch(c, b, p);
    buf_putc(b, '\n');
    return;
  default:
    break;
  }
  if (p->as == AMOVL && p->from.type == A_REG && p->from.reg == REG_TLS) {
    emit_tls_load(c, b, p->to.reg);
    return;
  }
  if (p->from.type == A_MEM && p->from.name == N_GOTREF) {
    emit_got_load(b, p);
    return;
  }
  if (p->as == AMOVW && p->from.type == A_REG && reg_is_seg(p->from.reg) && p->to.type == A_REG) {
    // Go's 8c /r with no operand-size prefix: GNU as writes that for movl
    // (for movw it adds 66).
    buf_printf(b, "\tmovl %%%s, %%%s\n", (const char *[]){"es", "cs", "ss", "ds", "fs",
               "gs"}[p->from.reg - REG_ES], reg32[p->to.reg - REG_AX]);
    return;
  }
  if (emit_go_form(c, b, p))
    return;
  const char *mn = op->gnu;
  const Addr *ops[3];
  int sizes[3] = {size, size, size};
  int n = 0;
  switch (op->shape) {
  case SH_CMP:
    // Go compares its first operand with its second; AT&T the reverse.
    ops[n++] = &p->to;
    ops[n++] = &p->from;
    break;
  case SH_SHIFT:
    if (p->from3.type) {
      static const char *const dbl[] = {[ASHLL] = "shldl", [ASHRL] = "shrdl",
                                        [ASHLW] = "shldw", [ASHRW] = "shrdw"};
      mn = dbl[p->as];
      ops[n++] = &p->from;
      ops[n++] = &p->from3;
      ops[n++] = &p->to;
    } else {
      ops[n++] = &p->from;
      ops[n++] = &p->to;
    }
    if (p->from.type == A_REG)
      sizes[0] = 1;   // the count is CL
    break;
  case SH_EXTEND:
    ops[n++] = &p->from;
    ops[n++] = &p->to;
    sizes[1] = (p->as == AMOVBWZX || p->as == AMOVBWSX) ? 2 : 4;
    break;
  case SH_UNARY:
  case SH_PUSH:
  case SH_INT:
    ops[n++] = p->from.type ? &p->from : &p->to;
    break;
  case SH_IMUL:
    ops[n++] = &p->from;
    if (p->to.type)
      ops[n++] = &p->to;
    break;
  default:
    ops[n++] = &p->from;
    if (p->from3.type)
      ops[n++] = &p->from3;
    if (p->to.type)
      ops[n++] = &p->to;
    break;
  }
  // $sym(CX) after the PC-relative rewrite is address arithmetic.
  if (ops[0]->type == A_ADDR && (ops[0]->reg || ops[0]->index)) {
    if (p->as != AMOVL && p->as != ALEAL) {
      error_at(p->pos, "%s: cannot take a PC-relative address here", op->go);
      return;
    }
    Addr m = *ops[0];
    m.type = A_MEM;
    buf_puts(b, "\tleal ");
    put_mem(c, b, p, &m);
    buf_puts(b, ", ");
    put_operand(c, b, p, ops[1], 4);
    buf_putc(b, '\n');
    return;
  }
  insn_start(c, b, p);
  buf_puts(b, mn);
  buf_putc(b, ' ');
  // A 16-bit immediate of 0xff80-0xffff: Go's class for it is Yi32, so Go
  // encodes 16 bits where GNU as, seeing -128..-1, would take the 8-bit
  // sign-extended form. Named by a symbol GNU as learns the value of only
  // after the instruction, the immediate keeps its full size; no relocation
  // is left, the symbol being absolute.
  int wide = -1;
  if (size == 2 && shape_has_imm16(op->shape))
    for (int i = 0; i < n; i++)
      if (ops[i]->type == A_CONST && (ops[i]->offset < -128 || ops[i]->offset > 127) &&
          (ops[i]->offset & 0xffff) >= 0xff80)
        wide = i;
  int label = wide >= 0 ? ++c->nlabel : 0;
  for (int i = 0; i < n; i++) {
    if (i)
      buf_puts(b, ", ");
    if (i == wide)
      put_label(b, "$.Limm", label);
    else
      put_operand(c, b, p, ops[i], sizes[i]);
  }
  buf_putc(b, '\n');
  if (wide >= 0)
    buf_printf(b, ".Limm%d = %lld\n", label, (long long)(ops[wide]->offset & 0xffff));
}

void emit_begin(Ctxt *c) {
  // A string for GNU as: a name with " or \ in it must not end it early.
  buf_puts(&c->out, "\t.file \"");
  for (const char *q = c->srcname; *q; q++) {
    if (*q == '"' || *q == '\\')
      buf_putc(&c->out, '\\');
    buf_putc(&c->out, *q);
  }
  buf_puts(&c->out, "\"\n");
}

static void section_for_text(Ctxt *c, const Func *fn) {
  if (fn->flags & F_DUPOK) {
    buf_puts(&c->out, "\t.section .text.");
    put_sym(&c->out, fn->sym);
    buf_puts(&c->out, ",\"axG\",@progbits,");
    put_sym(&c->out, fn->sym);
    buf_puts(&c->out, ",comdat\n");
  } else {
    buf_puts(&c->out, "\t.text\n");
  }
}

void emit_func(Ctxt *c, Func *fn) {
  Buf *b = &c->out;
  int id = c->nfunc;
  for (Prog *p = fn->text; p; p = p->link) {
    if (p->mark & (MARK_TARGET | MARK_PCLABEL))
      p->label = ++c->nlabel;
  }
  section_for_text(c, fn);
  // 16-byte aligned, as Go's FuncAlign; the fill is cc (INT $3) throughout,
  // as Go's assembler padded each function (span6: "Pad functions with trap
  // instruction, to catch invalid jumps").
  buf_puts(b, "\t.p2align 4, 0xcc\n");
  if (!fn->sym->local) {
    buf_puts(b, "\t.globl ");
    put_sym(b, fn->sym);
    buf_putc(b, '\n');
  }
  buf_puts(b, "\t.type ");
  put_sym(b, fn->sym);
  buf_puts(b, ", @function\n");
  put_sym(b, fn->sym);
  put_label(b, ":\n.Lfn", id);
  buf_puts(b, ":\n");
  const Pos *at = NULL;
  for (Prog *p = fn->text->link; p; p = p->link) {
    if (c->annotate && optab[p->as].shape != SH_PSEUDO &&
        (!at || at->line != p->pos->line || at->file != p->pos->file)) {
      at = p->pos;
      put_position(b, at);
    }
    emit_prog(c, b, p);
  }
  put_label(b, ".Lfe", id);
  buf_puts(b, ":\n\t.size ");
  put_sym(b, fn->sym);
  buf_puts(b, ", .-");
  put_sym(b, fn->sym);
  // The cc padding after the last function of an object too, so GNU ld
  // never fills a gap after it (it would with NOPs). Go counted the padding
  // in the symbol's size (t1.F: 0x72 bytes of code, a 128-byte symbol);
  // here .size and the function table stop at the code, which is what
  // tracebacks and the tests' listings read. The bytes are the same.
  buf_puts(b, "\n\t.p2align 4, 0xcc\n");

  // The function table entry: self-relative, so no relocation survives the
  // static link and the table can stay read-only in a shared object. A
  // DUPOK function's entry joins its COMDAT group, so it goes if it goes.
  // Its words in struct functab's order (pic386/abi.h), which the runtime reads.
  _Static_assert(offsetof(struct functab, entry) == 0 && offsetof(struct functab, end) == 4 &&
                     offsetof(struct functab, name) == 8 && offsetof(struct functab, frame) == 12 &&
                     offsetof(struct functab, args) == 16 && offsetof(struct functab, flags) == 20,
                 "emit_func writes entry, end, name, frame, args, flags");
  if (fn->flags & F_DUPOK) {
    buf_puts(b, "\t.pushsection " FUNCTAB_SECTION ",\"aG\",@progbits,");
    put_sym(b, fn->sym);
    buf_puts(b, ",comdat\n");
  } else {
    buf_puts(b, "\t.pushsection " FUNCTAB_SECTION ",\"a\",@progbits\n");
  }
  put_label(b, "\t.balign 4\n\t.long .Lfn", id);
  put_label(b, "-., .Lfe", id);
  put_label(b, "-., .Lfname", id);
  buf_puts(b, "-., ");
  put_int(b, fn->frame);
  buf_puts(b, ", ");
  put_int(b, fn->args);
  buf_puts(b, ", ");
  put_int(b, fn->flags);
  put_label(b, "\n\t.section .rodata.str1.1,\"aMS\",@progbits,1\n.Lfname", id);
  buf_puts(b, ":\n\t.string \"");
  buf_puts(b, fn->sym->name);
  buf_puts(b, "\"\n\t.popsection\n");
  if (b->len > 1 << 16)
    emit_flush(c);
}

static int data_align(int64_t size) {
  return size >= 8 ? 8 : size >= 4 ? 4 : size >= 2 ? 2 : 1;
}

// One GLOBL symbol: its section by flags, then its DATA in offset order
// (check_data sorted it) with the gaps zeroed.
static void emit_data_sym(Ctxt *c, Sym *s) {
  Buf *b = &c->out;
  if (s->baddata)
    return;
  bool has_addr = false;
  for (int i = 0; i < s->ndata; i++)
    has_addr |= s->data[i].val.type == A_ADDR;
  const char *sec, *flags, *type = "@progbits";
  // RODATA before the zero-filled case: read-only even without DATA, as Go
  // makes it (SRODATA).
  if (s->flags & F_TLSBSS)
    sec = ".tbss", flags = "awT", type = "@nobits";
  else if ((s->flags & F_RODATA) && !(has_addr && c->shared))
    sec = ".rodata", flags = "a";
  else if (s->flags & F_RODATA)
    sec = ".data.rel.ro", flags = "aw";   // relocated at load, then read-only
  else if (!s->ndata)
    sec = ".bss", flags = "aw", type = "@nobits";
  else
    sec = ".data", flags = "aw";
  buf_printf(b, "\t.section %s", sec);
  if (s->flags & F_DUPOK) {
    buf_putc(b, '.');
    put_sym(b, s);
    buf_printf(b, ",\"%sG\",%s,", flags, type);
    put_sym(b, s);
    buf_puts(b, ",comdat\n");
  } else {
    buf_printf(b, ",\"%s\",%s\n", flags, type);
  }
  buf_printf(b, "\t.balign %d\n", data_align(s->size));
  if (!s->local) {
    buf_puts(b, "\t.globl ");
    put_sym(b, s);
    buf_putc(b, '\n');
  }
  buf_puts(b, "\t.type ");
  put_sym(b, s);
  buf_printf(b, ", %s\n\t.size ", s->flags & F_TLSBSS ? "@tls_object" : "@object");
  put_sym(b, s);
  buf_printf(b, ", %lld\n", (long long)s->size);
  put_sym(b, s);
  buf_puts(b, ":\n");
  int64_t at = 0;
  for (int i = 0; i < s->ndata; i++) {
    DataInit *d = &s->data[i];
    if (d->off > at)
      buf_printf(b, "\t.zero %lld\n", (long long)(d->off - at));
    static const char *const dir[] = {[1] = ".byte", [2] = ".short", [4] = ".long", [8] = ".quad"};
    switch (d->val.type) {
    case A_CONST:
      buf_printf(b, "\t%s %lld\n", dir[d->size], (long long)d->val.offset);
      break;
    case A_ADDR:
      buf_puts(b, "\t.long ");
      put_sym(b, d->val.sym);
      put_offset(b, d->val.offset);
      buf_putc(b, '\n');
      break;
    default:  // A_STRING, zero-padded to the size
      buf_puts(b, "\t.byte ");
      for (int j = 0; j < d->size; j++)
        buf_printf(b, "%s%d", j ? "," : "", j < d->val.strlen ? (unsigned char)d->val.str[j] : 0);
      buf_putc(b, '\n');
    }
    at = d->off + d->size;
  }
  if (s->size > at)
    buf_printf(b, "\t.zero %lld\n", (long long)(s->size - at));
}

void emit_end(Ctxt *c) {
  Buf *b = &c->out;
  for (int i = 0; i < c->nglobls; i++)
    emit_data_sym(c, c->globls[i]);

  // Otherwise ld takes a reference made only by .reloc for a non-TLS one.
  if (c->tlsg_ref)
    buf_puts(b, "\t.type runtime.tlsg, @tls_object\n");

  // The thunks are what Go's linker generated (gentext): 4 bytes, not
  // padded by an assembler, so what follows up to the next 16-byte boundary
  // is the linker's fill between symbols, zeros (Go's blk writes zeros
  // there: `8b 0c 24 c3 00 ...` in every 386 -dynlink module it made).
  for (int r = REG_AX; r <= REG_DI; r++) {
    if (!(c->thunks & (1u << r)) || r == REG_SP)
      continue;
    const char *n = reg16[r - REG_AX];
    buf_printf(b,
               "\t.section .text.__x86.get_pc_thunk.%s,\"axG\",@progbits,"
               "__x86.get_pc_thunk.%s,comdat\n"
               "\t.p2align 4, 0\n"
               "\t.globl __x86.get_pc_thunk.%s\n\t.hidden __x86.get_pc_thunk.%s\n"
               "\t.type __x86.get_pc_thunk.%s, @function\n__x86.get_pc_thunk.%s:\n"
               "\tmovl (%%esp), %%%s\n\tret\n\t.size __x86.get_pc_thunk.%s, .-__x86.get_pc_thunk.%s\n"
               "\t.p2align 4, 0\n",
               n, n, n, n, n, n, reg32[r - REG_AX], n, n);
  }
  buf_puts(b, "\t.section .note.GNU-stack,\"\",@progbits\n");
  emit_flush(c);
}

void emit_flush(Ctxt *c) {
  if (c->outf && c->out.len) {
    if (fwrite(c->out.buf, 1, c->out.len, c->outf) != c->out.len) {
      // GNU as stopped reading (SIGPIPE ignored): the rest goes nowhere, and
      // its exit status, read when it is waited for, says what went wrong.
      if (errno == EPIPE && c->outf != stdout)
        c->outf = NULL;
      else {
        error_at(NULL, "write: %s", strerror(errno));
        c->outf = NULL;
      }
    }
  }
  c->out.len = 0;
}
