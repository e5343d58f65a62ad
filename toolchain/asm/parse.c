// parse.c: statements of Go's 386 assembly -> Prog lists, one per TEXT block.
//
// The parser streams: each TEXT block is handed to the driver's func_done
// (asm.c: the passes, the emitter, then the block's memory released) as
// soon as the next TEXT (or the end of input) closes it. DATA and GLOBL
// attach to symbols, which live for the whole file.
#include "asm/asm.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  Prog *p;
  const char *label;   // JMP label: name, or NULL for n(PC)
  int64_t rel;         // n(PC): n
  int index;           // source index of p, for n(PC)
} Fixup;

typedef struct {
  char *label;
  char *func;
  const Pos *pos;
} Unresolved;

typedef struct {
  Parser p;
  Ctxt *c;
  void (*func_done)(Ctxt *, Func *, bool);

  Func fn;
  bool infunc;
  bool badtext;          // the last TEXT was refused: its body is not reported
  Prog *last;
  Prog **progs;          // the block in source order, for n(PC)
  int nprogs, capprogs;
  Map labels;            // label -> Prog* of the current block
  const char **pending;  // labels waiting for their instruction
  int npending, cappending;
  Fixup *fixes;
  int nfixes, capfixes;

  Prog *prefix;          // LOCK/REP/REPN waiting for its instruction
  Map seen_labels;       // label -> name of the first TEXT that had it
  Unresolved *unres;     // branches to labels not in their own block
  int nunres, capunres;
} P;

static Token *tok(P *ps) { return &ps->p.tok; }
static void next(P *ps) { parser_next(&ps->p); }
static bool at_eol(P *ps) { return tok(ps)->kind == TK_EOL || tok(ps)->kind == TK_EOF; }

static void skip_statement(P *ps) {
  while (!at_eol(ps))
    next(ps);
}

static bool expect(P *ps, const char *punct) {
  if (tok_is(tok(ps), punct)) {
    next(ps);
    return true;
  }
  if (at_eol(ps))
    error_at(tok(ps)->pos, "expected %s at end of statement", punct);
  else
    error_at(tok(ps)->pos, "expected %s, found %.*s", punct, tok(ps)->len, tok(ps)->s);
  return false;
}

// ---------------------------------------------------------------- operands

// The part of an operand after a symbol name: +off(SB), -8(SP), +0(FP).
// The name has been consumed; its text stays valid until the end of line.
static bool symbolic(P *ps, Addr *a, const Token *name) {
  const Pos *pos = name->pos;
  bool local;
  const char *ename = elf_name(ps->c, name->s, name->len, &local);
  char *written = arena_strndup(&ps->c->text_arena, name->s, name->len);
  if (tok_is(tok(ps), "+") || tok_is(tok(ps), "-")) {
    if (!expr_parse(&ps->p, &a->offset)) {
        return false;
    }
  }
  if (!tok_is(tok(ps), "(")) {
    error_at(pos, "%s: expected (SB), (FP) or (SP) after a symbol name", written);
    return false;
  }
  next(ps);
  int reg = register_named(tok(ps));
  if (reg != REG_SB && reg != REG_FP && reg != REG_SP) {
    error_at(pos, "%s: a symbol name needs (SB), (FP) or (SP)", written);
    return false;
  }
  next(ps);
  if (!expect(ps, ")")) {
    return false;
  }
  a->type = A_MEM;
  if (reg == REG_SB) {
    a->name = local ? N_STATIC : N_EXTERN;
    a->sym = sym_lookup(ps->c, ename, local);
  } else {
    a->name = reg == REG_FP ? N_PARAM : N_AUTO;
    a->name_text = written;
    a->reg = REG_SP;
  }
  return true;
}

// (I*s) after a memory operand.
static bool index_part(P *ps, Addr *a) {
  if (!tok_is(tok(ps), "("))
    return true;
  const Pos *pos = tok(ps)->pos;
  next(ps);
  int r = register_named(tok(ps));
  if (r == REG_NONE || (r > REG_DI && r != REG_TLS)) {
    error_at(pos, "expected index register in (R*scale)");
    return false;
  }
  next(ps);
  if (!expect(ps, "*"))
    return false;
  if (tok(ps)->kind != TK_NUM) {
    error_at(pos, "expected scale 1, 2, 4 or 8");
    return false;
  }
  uint64_t s = tok(ps)->num;
  if (s != 1 && s != 2 && s != 4 && s != 8) {
    error_at(pos, "bad scale %llu: want 1, 2, 4 or 8", (unsigned long long)s);
    return false;
  }
  if (r == REG_SP) {
    error_at(pos, "SP cannot be an index register");
    return false;
  }
  if (r >= REG_AL && r <= REG_BH) {
    error_at(pos, "byte register %s cannot be an index", reg_goname(r));
    return false;
  }
  next(ps);
  if (!expect(ps, ")"))
    return false;
  a->index = r;
  a->scale = s;
  return true;
}

// off(R)(I*s) once off has been read; also n(PC), off(SP), (TLS).
static bool base_part(P *ps, Addr *a, int reg, const Pos *pos) {
  switch (reg) {
  case REG_PC:
    a->type = A_BRANCH;
    a->reg = REG_PC;
    return expect(ps, ")");
  case REG_FP:
    error_at(pos, "cannot reference FP without a symbol name (write name+%lld(FP))",
             (long long)a->offset);
    return false;
  case REG_SB:
    error_at(pos, "cannot reference SB without a symbol name");
    return false;
  case REG_NONE:
    error_at(pos, "expected a register in ( )");
    return false;
  }
  if (reg >= REG_AL && reg <= REG_BH) {
    error_at(pos, "byte register %s cannot address memory", reg_goname(reg));
    return false;
  }
  a->type = A_MEM;
  if (reg_is_seg(reg)) {
    // off(FS): a segment override, with no base or index (as Go's 386).
    a->reg = reg;
    if (!expect(ps, ")"))
      return false;
    if (tok_is(tok(ps), "(")) {
      error_at(pos, "%s as a base takes no index: off(%s)", reg_goname(reg), reg_goname(reg));
      return false;
    }
    return true;
  }
  if (tok_is(tok(ps), "*") && reg != REG_TLS) {
    // off(R*s): an index with no base, as Go's runtime writes (BP*8).
    next(ps);
    uint64_t s = tok(ps)->kind == TK_NUM ? tok(ps)->num : 0;
    if (s != 1 && s != 2 && s != 4 && s != 8) {
      error_at(pos, "expected scale 1, 2, 4 or 8 after %s*", reg_goname(reg));
      return false;
    }
    if (reg == REG_SP) {
      error_at(pos, "SP cannot be an index register");
      return false;
    }
    next(ps);
    a->index = reg;
    a->scale = s;
    return expect(ps, ")");
  }
  a->reg = reg;
  if (!expect(ps, ")"))
    return false;
  return index_part(ps, a);
}

static bool operand1(P *ps, Addr *a);

// One operand. A displacement must fit the 32 bits of an i386 address
// (GNU as would cut it short without a word); n(PC) is checked against its
// TEXT block instead.
static bool operand(P *ps, Addr *a) {
  const Pos *pos = tok(ps)->pos;
  if (!operand1(ps, a))
    return false;
  if ((a->type == A_MEM || a->type == A_ADDR) && (a->offset < INT32_MIN || a->offset > (int64_t)UINT32_MAX)) {
    error_at(pos, "offset %lld does not fit in 32 bits", (long long)a->offset);
    return false;
  }
  return true;
}

// One operand. Bare identifiers that are not registers are labels.
static bool operand1(P *ps, Addr *a) {
  Token t = *tok(ps);
  if (tok_is(&t, "$")) {
    next(ps);
    Token v = *tok(ps);
    if (v.kind == TK_STRING) {
      a->type = A_STRING;
      a->str = arena_strndup(&ps->c->text_arena, v.s, v.len);
      a->strlen = v.len;
      next(ps);
      return true;
    }
    if (v.kind == TK_IDENT && register_named(&v) == REG_NONE) {
      next(ps);
      if (!symbolic(ps, a, &v))
        return false;
      if (!index_part(ps, a))
        return false;
      a->type = A_ADDR;
      return true;
    }
    if (register_named(&v) != REG_NONE) {
      error_at(v.pos, "$ before a register");
      return false;
    }
    Addr m = {0};
    bool ok;
    if (tok_is(&v, "(")) {
      // $(expr) or $(R): the address of memory at R.
      next(ps);
      int r = register_named(tok(ps));
      if (r != REG_NONE) {
        next(ps);
        ok = base_part(ps, &m, r, v.pos);
        if (ok) {
          *a = m;
          a->type = A_ADDR;
        }
        return ok;
      }
      uint64_t u;
      ok = expr_parse(&ps->p, &m.offset) && expect(ps, ")");
      u = (uint64_t)m.offset;
      ok = ok && expr_rest(&ps->p, &u);
      m.offset = (int64_t)u;
    } else {
      ok = expr_parse(&ps->p, &m.offset);
    }
    if (!ok)
      return false;
    if (tok_is(tok(ps), "(")) {
      const Pos *pos = tok(ps)->pos;
      next(ps);
      int r = register_named(tok(ps));
      next(ps);
      if (!base_part(ps, &m, r, pos))
        return false;
      *a = m;
      a->type = A_ADDR;
      return true;
    }
    a->type = A_CONST;
    a->offset = m.offset;
    return true;
  }
  if (t.kind == TK_IDENT) {
    int r = register_named(&t);
    if (r != REG_NONE) {
      next(ps);
      if (r == REG_FP || r == REG_SB || r == REG_PC) {
        error_at(t.pos, "pseudo-register %s cannot be an operand by itself", reg_goname(r));
        return false;
      }
      a->type = A_REG;
      a->reg = r;
      if (tok_is(tok(ps), ":")) {
        // A register pair, DX:AX: the destination of a double shift.
        next(ps);
        int lo = register_named(tok(ps));
        if (lo < REG_AX || lo > REG_DI) {
          error_at(t.pos, "expected a register after %s: in a register pair", reg_goname(r));
          return false;
        }
        next(ps);
        a->index = lo;
      }
      return true;
    }
    // A label (JMP loop) or a symbol (sym(SB), name+0(FP)).
    next(ps);
    Token after = *tok(ps);
    if (tok_is(&after, ",") || after.kind == TK_EOL || after.kind == TK_EOF) {
      a->type = A_BRANCH;
      a->name_text = arena_strndup(&ps->c->text_arena, t.s, t.len);
      return true;
    }
    return symbolic(ps, a, &t) && index_part(ps, a);
  }
  // off(R)..., (R)..., or an absolute address.
  Addr m = {0};
  const Pos *pos = t.pos;
  if (tok_is(&t, "(")) {
    next(ps);
    int r = register_named(tok(ps));
    if (r != REG_NONE) {
      next(ps);
      if (!base_part(ps, &m, r, pos))
        return false;
      *a = m;
      return true;
    }
    uint64_t u;
    if (!expr_parse(&ps->p, &m.offset) || !expect(ps, ")"))
      return false;
    u = (uint64_t)m.offset;
    if (!expr_rest(&ps->p, &u))
      return false;
    m.offset = (int64_t)u;
  } else if (t.kind == TK_NUM || t.kind == TK_CHAR || tok_is(&t, "-") || tok_is(&t, "+") ||
             tok_is(&t, "~")) {
    if (!expr_parse(&ps->p, &m.offset))
      return false;
  } else {
    if (t.kind == TK_STRING)
      error_at(pos, "a string needs $ and is only allowed in DATA");
    else if (at_eol(ps))
      error_at(pos, "missing operand");
    else
      error_at(pos, "unexpected %.*s in operand", t.len, t.s);
    return false;
  }
  if (tok_is(tok(ps), "(")) {
    pos = tok(ps)->pos;
    next(ps);
    int r = register_named(tok(ps));
    if (r != REG_NONE)
      next(ps);
    if (!base_part(ps, &m, r, pos))
      return false;
    *a = m;
    return true;
  }
  // A bare number is an absolute memory address, as in Go.
  m.type = A_MEM;
  *a = m;
  return true;
}


// Go's parser puts the single operand of these in To (cmd/asm's UnaryDst).
static bool unary_dst(int as) {
  const OpInfo *op = &optab[as];
  if (op->shape == SH_UNARY)
    return strncmp(op->go, "MUL", 3) && strncmp(op->go, "DIV", 3) && strncmp(op->go, "IDIV", 4) &&
           strncmp(op->go, "PREFETCH", 8);
  return as == APOPL || as == APOPW || op->shape == SH_BRANCH;
}

// ---------------------------------------------------------------- blocks

static void add_prog(P *ps, Prog *p) {
  p->id = ps->nprogs;
  GROW(ps->progs, ps->nprogs, ps->capprogs);
  ps->progs[ps->nprogs++] = p;
  ps->last->link = p;
  ps->last = p;
  for (int i = 0; i < ps->npending; i++)
    map_put(&ps->labels, ps->pending[i], p);
  ps->npending = 0;
}

static void define_label(P *ps, const Token *t) {
  char *name = arena_strndup(&ps->c->text_arena, t->s, t->len);
  if (ps->infunc && ps->prefix) {
    error_at(t->pos, "label %s between %s and the instruction it prefixes", name,
             optab[ps->prefix->as].go);
    return;
  }
  if (!ps->infunc) {
    if (!ps->badtext)
      error_at(t->pos, "label %s outside of a TEXT block", name);
    return;
  }
  // The map holds the pending labels too: no scan of them.
  if (map_has(&ps->labels, name)) {
    error_at(t->pos, "label %s defined twice in %s", name, ps->fn.sym->name);
    return;
  }
  GROW(ps->pending, ps->npending, ps->cappending);
  ps->pending[ps->npending++] = name;
  map_put(&ps->labels, name, NULL);
  if (!map_has(&ps->seen_labels, name))
    map_put(&ps->seen_labels, name, xstrdup(ps->fn.sym->name));
}

// Closes the current TEXT block: resolves its branches, runs the passes.
static void end_func(P *ps) {
  if (!ps->infunc)
    return;
  if (ps->prefix) {
    error_at(ps->prefix->pos, "%s at the end of %s prefixes no instruction",
             optab[ps->prefix->as].go, ps->fn.sym->name);
    ps->prefix = NULL;
  }
  if (ps->npending) {
    // A label at the very end lands on an empty NOP, as in Go.
    Prog *nop = prog_new(ps->c, ps->last);
    nop->as = ANOP;
    add_prog(ps, nop);
  }
  for (int i = 0; i < ps->nfixes; i++) {
    Fixup *f = &ps->fixes[i];
    Prog *target = NULL;
    if (f->label) {
      target = map_get(&ps->labels, f->label);
      if (!target) {
        GROW(ps->unres, ps->nunres, ps->capunres);
        ps->unres[ps->nunres++] =
            (Unresolved){xstrdup(f->label), xstrdup(ps->fn.sym->name), pos_keep(f->p->pos)};
        continue;
      }
    } else {
      // In range before adding: rel may be anything an int64 holds.
      if (f->rel < -(int64_t)f->index || f->rel >= (int64_t)ps->nprogs - f->index) {
        error_at(f->p->pos, "branch %lld(PC) leaves the TEXT block of %s", (long long)f->rel,
                 ps->fn.sym->name);
        continue;
      }
      int64_t idx = f->index + f->rel;
      target = ps->progs[idx];
      if (target->prefix && target->id == idx && idx > 0 && ps->progs[idx - 1] == target) {
        // progs[] holds the prefixed instruction at its prefix's index too.
        error_at(f->p->pos, "branch %lld(PC) lands after the %s prefix of its instruction",
                 (long long)f->rel, optab[target->prefix].go);
        continue;
      }
    }
    f->p->to.target = target;
    target->mark |= MARK_TARGET;
  }
  // A label not in this block is an error reported at the end of the file,
  // where it is known whether another block has it: no passes before that.
  bool ok = nerrors == 0 && ps->nunres == 0;
  map_free(&ps->labels);
  ps->nprogs = ps->nfixes = ps->npending = 0;
  ps->infunc = false;
  ps->last = NULL;
  // The block leaves the parser here: the driver runs the passes (if ok)
  // and releases its Progs, positions and symbols.
  ps->func_done(ps->c, &ps->fn, ok);
}

static void text_directive(P *ps, Prog *p, int nops, Addr *ops, const Pos *pos) {
  ps->badtext = true;   // until it is accepted
  if (nops < 2 || ops[0].type != A_MEM || !ops[0].sym || ops[0].reg) {
    error_at(pos, "TEXT wants sym(SB), [flags,] $frame[-args]");
    return;
  }
  Addr *size = &ops[nops - 1];
  if (size->type != A_TEXTSIZE) {
    error_at(pos, "TEXT: missing $frame[-args]");
    return;
  }
  if (nops == 3 && ops[1].type != A_CONST) {
    error_at(pos, "TEXT: flags must be a constant");
    return;
  }
  if (nops == 3 && (ops[1].offset < 0 || ops[1].offset > INT32_MAX)) {
    error_at(pos, "TEXT: bad flags %lld", (long long)ops[1].offset);
    return;
  }
  int flags = nops == 3 ? (int)ops[1].offset : 0;
  Sym *s = ops[0].sym;
  TextDef *d = textdef(ps->c, s->name, false);
  if (d || s->kind != SYM_UNDEF) {
    error_at(pos, "duplicate %s for %s (first at %s:%d)", d ? "TEXT" : "symbol", s->name,
             d ? ps->c->deffiles[d->file] : s->defpos->file, d ? d->line : s->defpos->line);
    return;
  }
  // A negative frame ($-4, $-8: Go 1.7's runtime·sigaltstack) is no frame
  // on 386, as Go's obj6 made it (locals=0); the listing keeps what was
  // written.
  if (size->offset < -0x7fffffff || (size->offset >= 0 && size->offset % 4 != 0) ||
      size->offset > 0x7fffffff) {
    error_at(pos, "TEXT %s: bad frame size %lld: want a multiple of 4 (a negative one is none)",
             s->name, (long long)size->offset);
    return;
  }
  // Any size, as Go's: $0-13 is Cas(ptr *uint32, old, new uint32) bool,
  // whose result is the one byte at 12; go vet wants the exact size.
  if (size->argsize != ARGS_UNKNOWN && size->argsize < 0) {
    error_at(pos, "TEXT %s: bad argument size %d: want a non-negative size", s->name,
             size->argsize);
    return;
  }
  s->kind = SYM_TEXT;
  s->flags = flags;
  s->defpos = pos;
  d = textdef(ps->c, s->name, true);
  d->file = file_index(ps->c, pos->file);
  d->line = pos->line;
  p->as = ATEXT;
  p->pos = pos;
  p->from = ops[0];
  p->to = *size;
  if (nops == 3)
    p->from3 = ops[1];
  ps->fn = (Func){.sym = s, .text = p, .frame = size->offset < 0 ? 0 : size->offset,
                  .args = size->argsize,
                  .flags = flags, .pos = pos};
  ps->infunc = true;
  ps->badtext = false;
  ps->last = p;
  p->id = 0;
  ps->nprogs = 0;
  GROW(ps->progs, ps->nprogs, ps->capprogs);
  ps->progs[ps->nprogs++] = p;
  ps->c->nfunc++;
}


// $frame-args of TEXT: two numbers, not an expression (16-8 is not 8).
static bool textsize(P *ps, Addr *a) {
  next(ps);  // $
  int64_t v[2] = {0, ARGS_UNKNOWN};
  for (int i = 0; i < 2; i++) {
    bool neg = false;
    if (i == 0 && tok_is(tok(ps), "-")) {
      neg = true;
      next(ps);
    }
    Token t = *tok(ps);
    if (t.kind == TK_NUM) {
      if (!num_ok(&t))
        return false;
      v[i] = (int64_t)t.num;
      next(ps);
    } else if (tok_is(&t, "(")) {
      if (!expr_parse(&ps->p, &v[i]))
        return false;
    } else {
      error_at(t.pos, "TEXT: expected a number in $frame-args");
      return false;
    }
    if (neg)   // in uint64: -INT64_MIN is no int64
      v[i] = (int64_t)-(uint64_t)v[i];
    if (i == 0 && !tok_is(tok(ps), "-"))
      break;
    if (i == 0)
      next(ps);
  }
  if (v[1] != ARGS_UNKNOWN && (v[1] < 0 || v[1] > 0x7fffffff)) {
    error_at(tok(ps)->pos, "TEXT: bad argument size %lld", (long long)v[1]);
    return false;
  }
  a->type = A_TEXTSIZE;
  a->offset = v[0];
  a->argsize = (int32_t)v[1];
  return true;
}

static void statement(P *ps) {
  Token t = *tok(ps);
  if (t.kind == TK_EOL) {
    next(ps);
    return;
  }
  if (t.kind != TK_IDENT) {
    error_at(t.pos, "expected an instruction, found %.*s", t.len, t.s);
    skip_statement(ps);
    return;
  }
  next(ps);
  if (tok_is(tok(ps), ":")) {
    define_label(ps, &t);
    next(ps);
    return;  // the rest of the line is a statement of its own
  }
  int as = op_lookup(t.s, t.len);
  if (as < 0) {
    error_at(t.pos, "unknown instruction %.*s", t.len, t.s);
    skip_statement(ps);
    return;
  }
  const Pos *pos = t.pos;
  // A TEXT closes the block before it before its operands are read: closing
  // resets the text arena and frees the block's symbols, and the new TEXT's
  // operands must not be among them.
  if (as == ATEXT)
    end_func(ps);
  Addr ops[3] = {{0}};
  int nops = 0;
  int64_t datasize = 0;
  bool ok = true;
  while (!at_eol(ps)) {
    if (nops == 3) {
      error_at(pos, "%s: too many operands", optab[as].go);
      ok = false;
      break;
    }
    if (as == ATEXT && tok_is(tok(ps), "$") && nops >= 1)
      ok = textsize(ps, &ops[nops]);
    else if ((as == ATEXT || as == AGLOBL) && nops == 1 && !tok_is(tok(ps), "$")) {
      // The flags: a constant expression written without $.
      ops[nops].type = A_CONST;
      ok = expr_parse(&ps->p, &ops[nops].offset);
    } else
      ok = operand(ps, &ops[nops]);
    if (!ok)
      break;
    nops++;
    if (as == ADATA && nops == 1) {
      if (!expect(ps, "/") || tok(ps)->kind != TK_NUM) {
        error_at(pos, "DATA wants sym+off(SB)/size, value");
        ok = false;
        break;
      }
      // Kept whole: /4294967300 is not /4. Anything past 8 is refused anyway.
      datasize = tok(ps)->num > INT64_MAX ? INT64_MAX : (int64_t)tok(ps)->num;
      next(ps);
    }
    if (at_eol(ps))
      break;
    if (tok_is(tok(ps), ":")) {
      error_at(tok(ps)->pos, "%s: unexpected : after operand %d (only a register pair, "
               "DX:AX, has one)", optab[as].go, nops);
      ok = false;
      break;
    }
    if (!expect(ps, ",")) {
      ok = false;
      break;
    }
    if (at_eol(ps)) {
      error_at(pos, "%s: missing operand after ,", optab[as].go);
      ok = false;
    }
  }
  if (!ok) {
    skip_statement(ps);
    return;
  }
  switch (as) {
  case ATEXT:
    text_directive(ps, prog_new(ps->c, NULL), nops, ops, pos);
    return;
  case ADATA:
    data_directive(nops, ops, datasize, pos);
    return;
  case AGLOBL:
    globl_directive(ps->c, nops, ops, pos);
    return;
  }
  if (!ps->infunc) {
    if (!ps->badtext)
      error_at(pos, "%s outside of a TEXT block", optab[as].go);
    return;
  }
  for (int i = 0; i < nops; i++) {
    if (ops[i].type != A_REG || !ops[i].index)
      continue;
    // Go's SHLL CX, DX:AX is SHLL CX, AX, DX: shift DX left by CL, filling
    // from AX (shld %cl, %eax, %edx). Only a double shift takes a pair.
    if (!is_double_shift(as) || nops != 2 || i != 1) {
      error_at(pos, "%s: a register pair %s:%s is only the destination of a double shift "
               "(SHLL/SHRL/SHLW/SHRW count, HI:LO)", optab[as].go, reg_goname(ops[i].reg),
               reg_goname(ops[i].index));
      skip_statement(ps);
      return;
    }
    ops[2] = (Addr){.type = A_REG, .reg = ops[1].reg};
    ops[1] = (Addr){.type = A_REG, .reg = ops[1].index};
    nops = 3;
    break;
  }
  Prog *p = prog_new(ps->c, NULL);
  p->as = as;
  p->pos = pos;
  switch (nops) {
  case 1:
    if (unary_dst(as))
      p->to = ops[0];
    else
      p->from = ops[0];
    break;
  case 2:
    p->from = ops[0];
    p->to = ops[1];
    break;
  case 3:
    p->from = ops[0];
    p->from3 = ops[1];
    p->to = ops[2];
    break;
  }
  if (as == AFUNCDATA || as == APCDATA) {
    add_prog(ps, p);
    return;
  }
  if (optab[as].shape == SH_BRANCH && p->to.type == A_MEM &&
      (p->to.name == N_EXTERN || p->to.name == N_STATIC) && !p->to.index) {
    // CALL/JMP sym(SB): a branch to a symbol, as Go's progedit makes it.
    p->to.type = A_BRANCH;
  }
  if (nops && !check_operands(p, nops))
    return;
  if (!nops && optab[as].shape != SH_NONE && optab[as].shape != SH_PSEUDO && !check_operands(p, 0))
    return;
  if (op_is_prefix(as)) {
    // Not an instruction of its own: it waits for the one it prefixes,
    // keeping its place in source order for n(PC).
    if (ps->prefix) {
      error_at(pos, "%s after %s: one prefix per instruction", optab[as].go,
               optab[ps->prefix->as].go);
      return;
    }
    p->id = ps->nprogs;
    GROW(ps->progs, ps->nprogs, ps->capprogs);
    ps->progs[ps->nprogs++] = p;
    ps->prefix = p;
    return;
  }
  Prog *pre = ps->prefix;
  if (pre) {
    ps->prefix = NULL;
    if (!op_prefix_fits(pre, p))
      return;
    p->prefix = (uint8_t)pre->as;
    p->prefix_pos = pre->pos;
    ps->progs[pre->id] = p;
  }
  add_prog(ps, p);
  if (p->to.type == A_BRANCH && !p->to.sym) {
    GROW(ps->fixes, ps->nfixes, ps->capfixes);
    ps->fixes[ps->nfixes++] =
        (Fixup){p, p->to.reg == REG_PC ? NULL : p->to.name_text, p->to.offset, p->id};
  }
}

void parse_file(Ctxt *c, Cpp *cpp, void (*func_done)(Ctxt *, Func *, bool)) {
  P ps = {.p = {.cpp = cpp}, .c = c, .func_done = func_done};
  next(&ps);
  while (tok(&ps)->kind != TK_EOF)
    statement(&ps);
  end_func(&ps);
  for (int i = 0; i < ps.nunres; i++) {
    Unresolved *u = &ps.unres[i];
    char *home = map_get(&ps.seen_labels, u->label);
    if (home && strcmp(home, u->func) != 0)
      error_at(u->pos, "branch to label %s leaves its TEXT block %s (the label is in %s)",
               u->label, u->func, home);
    else
      error_at(u->pos, "undefined label %s in %s", u->label, u->func);
    free(u->label);
    free(u->func);
  }
  for (size_t i = 0; i < ps.seen_labels.cap; i++)
    if (ps.seen_labels.keys && ps.seen_labels.keys[i])
      free(ps.seen_labels.vals[i]);
  map_free(&ps.seen_labels);
  free(ps.unres);
  free(ps.progs);
  free(ps.pending);
  free(ps.fixes);
}
