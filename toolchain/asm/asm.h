// asm.h: `pic386 asm`, the types of the assembler, from characters to GNU
// as text (Go 1.7's cmd/asm and the 386 half of cmd/internal/obj).
//
// Pipeline (one file per stage):
//   lex.c      characters -> tokens, one source file at a time
//   literal.c  lex.c's numbers, strings, character constants, escapes
//   cpp.c      #include/#define/#ifdef -> a stream of statement tokens
//   macro.c    cpp.c's macros: the table, expansion, cpp_next
//   expr.c     Go constant expressions over tokens
//   parse.c    statements -> Prog lists (one per TEXT block), DATA, GLOBL
//   prog.c     the instruction list: Progs in the text arena, inserted after
//              one another (what the passes use, not the parser)
//   sym.c      the symbol table; TEXT definitions; DATA and GLOBL on symbols
//   optab.c    what each Go mnemonic is: GNU name, operand size, shapes;
//              registers by name
//   check.c    semantic checks: operands against optab's shapes (as each
//              statement is parsed), TLS bases (before emit), DATA (before
//              the data is emitted)
//   progedit.c pass 1: TLS, -dynlink GOT rewrite, -shared PC-relative rewrite
//   follow.c   Go's follow (xfol): layout along the flow, dead code dropped
//   split.c    pass 3 (Go's preprocess): g load, stack check, frame, FP/SP
//   emit.c     GNU as text, data sections, function table (text only)
//   list.c     the -S listing in Go syntax
//   asm.c      `pic386 asm`: flags, driving the stages, running GNU as
//
// The types, in the order the stages meet them: a Token (lex.c, cpp.c)
// carries its interned Pos; the parser turns a statement into a Prog, an
// instruction whose operands are Addrs (a register, a constant, memory
// through a Sym, a branch target) and whose Op indexes optab; the Progs of
// one TEXT block, linked in order, are a Func, which the passes rewrite in
// place and emit.c writes out. A Ctxt is the file's state: flags, the
// symbol tables, the arena of the current block, the output Bufs.
//
// Memory: everything belonging to one TEXT block lives in an arena that is
// reset once the block is emitted, so peak memory does not grow with the
// number of functions in a file.
//
// Below: internal/internal.h (Arena, Buf, Map, Pos, diagnostics, processes).
// Above: build/build.h.
#ifndef PIC386_ASM_H
#define PIC386_ASM_H

#include "internal/internal.h"

#include <sys/types.h>

// ---------------------------------------------------------------- lex.c, cpp.c

typedef enum {
  TK_EOF,
  TK_EOL,      // newline or ';': ends a statement
  TK_IDENT,    // AX, MOVL, runtime·x, a/b·x, x<> (the <> is kept in the text)
  TK_NUM,      // integer constant; value in num
  TK_CHAR,     // 'c'; value in num
  TK_STRING,   // "..." with escapes decoded; bytes in s/len
  TK_PUNCT,    // one of ( ) , $ + - * / % << >> & | ^ ~ : # !
  TK_DIRECTIVE // '#' followed by a name at the start of a line (cpp only)
} TokKind;

typedef struct {
  TokKind kind;
  const char *s;   // text (identifier or punctuation) or string bytes
  int len;
  uint64_t num;
  const Pos *pos;  // interned
  bool space;      // preceded by white space (cpp: function-like macro test)
  uint8_t badnum;  // TK_NUM in a #define body: NUM_MALFORMED or NUM_OVERFLOW,
                   // reported only where it is used (Go's generated
                   // go_asm.h defines float constants no assembly uses)
} Token;
enum { NUM_MALFORMED = 1, NUM_OVERFLOW = 2 };
// A TK_NUM's value is usable; otherwise reports why not.
bool num_ok(const Token *t);

// lex.c: one source file (or a -D value) into tokens. cpp.c drives it.
typedef struct Lexer Lexer;
// Reads fd to its end; positions name `file` (kept, not copied) and `from`.
Lexer *lex_open_fd(int fd, bool close_fd, const char *file, const Pos *from);
// Lexes a copy of text, as for -D values.
Lexer *lex_open_mem(const char *file, const char *text, size_t len);
void lex_close(Lexer *lx);
// The next token, into *t; TK_DIRECTIVE (s: the name) for '#' first on a line. A
// newline TK_EOL has s "\n", a ';' has ";", and in #define mode a
// backslash-newline is a TK_EOL with s "\\\n". A line with no tokens gives
// no TK_EOL; a last line without a newline gets one.
void lex_next(Lexer *lx, Token *t);
// In a false #ifdef branch: skips lines up to the next directive or TK_EOF.
void lex_next_skipping(Lexer *lx, Token *t);
// Drops the rest of the current line and its newline.
void lex_skip_line(Lexer *lx);
// After #include: a <file> name as a TK_STRING, if that is what follows.
bool lex_header_name(Lexer *lx, Token *t);
void lex_set_define(Lexer *lx, bool on);
// #line: the next line is `line` of `file` (kept, not copied).
void lex_set_line(Lexer *lx, const char *file, int line);

typedef struct Cpp Cpp;

// Opens `path` (or stdin for "-"). Include dirs and -D definitions are
// NULL-terminated arrays; a definition is "name" or "name=value".
Cpp *cpp_open(const char *path, const char *const *incdirs, const char *const *defines);
// The next token after macro expansion and conditional compilation.
// Directives are consumed here; the parser never sees them.
Token cpp_next(Cpp *cpp);
// fn is told of every file an #include tries, in order, and whether it was
// found: what a file reads, as the preprocessor resolves it (the build's
// cache keys hash these).
void cpp_on_include(Cpp *cpp, void (*fn)(void *arg, const char *path, bool found), void *arg);
void cpp_close(Cpp *cpp);
void cpp_release(void);   // the run is over: frees the interned file names

// ---------------------------------------------------------------- lex.c, literal.c: inside

// One source file being lexed (lex.c's header comment tells the buffer's
// rules); literal.c scans the literals in it.
struct Lexer {
  int fd;             // -1: all data is in the buffer already
  bool close_fd;
  bool eof;           // nothing more to read
  size_t nread;       // bytes read so far
  size_t block;       // bytes read at a time: BLOCK, or less for a small file
  char *buf;          // cap bytes of data space plus one for the sentinel
  size_t cap;
  char *p, *end;      // next byte; end of data (*end == '\n')
  char *lim;          // one past the last '\n' in [buf, end), or buf
  char **retired;     // earlier buffers still holding this line's tokens
  int nretired, capretired;

  const char *file;
  int line;
  const Pos *from;
  const Pos *pos;     // {file, line, from} interned, or NULL until needed

  bool bol;           // nothing but blanks so far on this line: '#' directs
  bool live;          // tokens returned since the last newline TK_EOL
  bool buf_live;      // ... and some of them point into `buf`
  bool need_ensure;   // p starts a physical line not yet checked complete
  bool define;        // backslash-newline is a token (a #define body)
};

static inline const Pos *line_pos(Lexer *lx) {
  if (!lx->pos)
    lx->pos = pos_intern(&(Pos){lx->file, lx->line, lx->from});
  return lx->pos;
}

enum { C_ID = 1, C_DIGIT = 2, C_BLANK = 4 };
extern const unsigned char lex_ctype[256];   // C_* bits of each byte
// Length of the well-formed UTF-8 sequence at s (0 if none) and its value.
int lex_utf8(const unsigned char *s, uint32_t *cp);
int lex_uident(const char *s, uint32_t *cp);   // a non-ASCII identifier character's length, or 0
// Tokens are built where the caller wants them: a Token assembled in one
// place and copied soon after stalls on store forwarding, which made this
// the hot spot of the whole lexer.
static inline void lex_tok(Lexer *lx, Token *t, TokKind kind, const char *s, int len, bool space) {
  lx->bol = false;
  lx->live = true;
  lx->buf_live = true;
  t->kind = kind;
  t->s = s;
  t->len = len;
  t->num = 0;
  t->badnum = 0;
  t->pos = line_pos(lx);
  t->space = space;
}
// The literal at p (its first character), into *t; lx->p is left past it.
void lex_string(Lexer *lx, Token *t, char *p, bool space);
void lex_char(Lexer *lx, Token *t, char *p, bool space);
void lex_number(Lexer *lx, Token *t, char *p, bool space);

// ---------------------------------------------------------------- cpp.c, macro.c: inside

// The preprocessor's state, shared by cpp.c (directives, the include stack,
// conditionals) and macro.c (the macro table, expansion, cpp_next); nothing
// else looks inside a Cpp.
// Limits (README, "Limits"). Go's cmd/asm stops at 100 readers on its
// input stack ("input recursion") and at 100 expansions that produce no
// token ("recursive macro invocation"); it has no total, so a few
// exponential macros run it out of memory. Ours is a budget for the run.
enum {
  MAX_INCLUDE = 100,       // files open at once, the top one included
  MAX_EXPAND = 100,        // macro expansions being read at once (Go's limit)
  MAX_FRAME_TOKS = 1 << 18,    // tokens held by those expansions
  MAX_EXPANSION = 1 << 18  // tokens produced by expansions in the whole run
};


typedef struct Macro Macro;
struct Macro {
  char *name;
  int len;
  int nparams;          // -1: object-like
  Token *body;          // an identifier naming parameter i has num i+1
  int nbody;
  char *text;           // the bytes of the body tokens
};

typedef struct {
  const Pos *pos;       // of the #ifdef
  int depth;            // the file it is in: index in the include stack
  bool ifndef;
  bool parent_on;       // the enclosing text is being read
  bool cond;            // the tested condition
  bool on;              // this branch is being read
  bool else_seen;
} Cond;

// A macro expansion being read.
typedef struct {
  Token *toks;
  int n, i;
  bool owned;           // toks were made for this expansion (arguments)
  const Pos *pos;       // of the invocation
} Frame;

typedef struct {
  Token *v;
  int n, cap;
} TokVec;

// A file on the include stack, to recognise a file that includes itself.
typedef struct {
  dev_t dev;
  ino_t ino;
} FileId;

struct Cpp {
  Lexer *lex[MAX_INCLUDE];
  const char *path[MAX_INCLUDE];   // as opened: #include "x" is relative to it
  FileId id[MAX_INCLUDE];
  int nlex;
  const char *const *incdirs;
  // cpp_on_include: told of every file an #include tries, found or not.
  void (*on_include)(void *arg, const char *path, bool found);
  void *on_include_arg;

  Map macros;           // by name: Macro *
  uint64_t lenmask;     // bit min(len, 63) set: some macro name has that length

  Cond *conds;
  int nconds, capconds;

  Frame frames[MAX_EXPAND];
  int nframes;
  int frame_toks;
  long produced;        // tokens from frames in the whole run

  Token pushback;
  bool has_pushback;
  bool stmt_start;      // nothing but TK_EOL returned since the last TK_EOL
};

// A token of the current line, for directives (not the hot path).
Token cpp_lexed(Lexer *lx);
void tokvec_push(TokVec *v, Token t);
static inline bool is_punct(const Token *t, char c) {
  return t->kind == TK_PUNCT && t->len == 1 && t->s[0] == c;
}
// The end of a directive's line (a ';' is not).
static inline bool is_nl(const Token *t) {
  return t->kind == TK_EOF || (t->kind == TK_EOL && t->s[0] == '\n');
}
const char *cpp_intern_name(const char *s);   // lives for the run
// In a false #ifdef branch.
static inline bool cpp_skipping(Cpp *cpp) {
  return cpp->nconds && !cpp->conds[cpp->nconds - 1].on;
}
void cpp_directive(Cpp *cpp, Lexer *lx, const Token *d);   // d: the '#name' token
void cpp_close_conds(Cpp *cpp);   // a file ends: its open #ifdefs are errors

// macro.c
Macro *macro_lookup(Cpp *cpp, const char *s, int len);   // NULL if not defined
Macro *macro_new(const char *name, int len, int nparams, const TokVec *body);
void macro_free(Macro *m);
// Installs m: a redefinition is an error unless the same; `replace` (-D):
// the later wins.
void macro_define(Cpp *cpp, Macro *m, const Pos *pos, bool replace);
void macro_undef(Cpp *cpp, const char *s, int len);
void macro_predefine(Cpp *cpp, const char *def);        // -D name[=value]
void macro_drop_frames(Cpp *cpp);                       // the expansions being read

// ---------------------------------------------------------------- registers

enum {
  REG_NONE = 0,
  REG_AL, REG_CL, REG_DL, REG_BL, REG_AH, REG_CH, REG_DH, REG_BH,
  REG_AX, REG_CX, REG_DX, REG_BX, REG_SP, REG_BP, REG_SI, REG_DI,
  REG_TLS,   // the thread-local storage base (MOVL TLS, R; off(R)(TLS*1))
  // Segment registers: MOVW to and from one, PUSHL/PUSHW/POPL/POPW; as the
  // base of a memory operand, off(FS), a segment override (%fs:off).
  REG_ES, REG_CS, REG_SS, REG_DS, REG_FS, REG_GS,
  // Pseudo-registers: they name address spaces, never a machine register.
  REG_FP, REG_SB, REG_PC,
  NREG
};

// Register number of the 32-bit register that contains byte register r.
int reg_full(int r);
static inline bool reg_is_seg(int r) { return r >= REG_ES && r <= REG_GS; }
const char *reg_goname(int r);  // "AX", "AL", "TLS", ...
// The register t names, or REG_NONE. A switch, inline: this runs several
// times per operand.
static inline int register_named(const Token *t) {
  if (t->kind != TK_IDENT || t->len < 2 || t->len > 3)
    return REG_NONE;
  const char *s = t->s;
  if (t->len == 3)
    return s[0] == 'T' && s[1] == 'L' && s[2] == 'S' ? REG_TLS : REG_NONE;
  switch (s[1]) {
  case 'L':
    return s[0] == 'A' ? REG_AL : s[0] == 'C' ? REG_CL : s[0] == 'D' ? REG_DL : s[0] == 'B' ? REG_BL : REG_NONE;
  case 'H':
    return s[0] == 'A' ? REG_AH : s[0] == 'C' ? REG_CH : s[0] == 'D' ? REG_DH : s[0] == 'B' ? REG_BH : REG_NONE;
  case 'X':
    return s[0] == 'A' ? REG_AX : s[0] == 'C' ? REG_CX : s[0] == 'D' ? REG_DX : s[0] == 'B' ? REG_BX : REG_NONE;
  case 'P':
    return s[0] == 'S' ? REG_SP : s[0] == 'B' ? REG_BP : s[0] == 'F' ? REG_FP : REG_NONE;
  case 'I':
    return s[0] == 'S' ? REG_SI : s[0] == 'D' ? REG_DI : REG_NONE;
  case 'B':
    return s[0] == 'S' ? REG_SB : REG_NONE;
  case 'C':
    return s[0] == 'P' ? REG_PC : REG_NONE;
  case 'S':
    switch (s[0]) {
    case 'E': return REG_ES;
    case 'C': return REG_CS;
    case 'S': return REG_SS;
    case 'D': return REG_DS;
    case 'F': return REG_FS;
    case 'G': return REG_GS;
    }
    return REG_NONE;
  }
  return REG_NONE;
}

// ---------------------------------------------------------------- Prog

typedef enum {
  A_NONE,
  A_REG,      // reg
  A_CONST,    // $offset
  A_ADDR,     // $sym+offset(SB), $off(R): the address, not the memory
  A_MEM,      // memory: sym+offset(base)(index*scale)
  A_BRANCH,   // a branch target: target Prog, or sym for CALL/JMP sym(SB)
  A_TEXTSIZE, // TEXT's $frame-args
  A_STRING,   // DATA's $"bytes"
} AddrType;

typedef enum {
  N_NONE,
  N_EXTERN,   // sym(SB): global
  N_STATIC,   // sym<>(SB): file-local
  N_PARAM,    // name+off(FP): argument, resolved to SP by split.c
  N_AUTO,     // name-off(SP): local, resolved to SP by split.c
  N_GOTREF,   // the GOT entry of sym (inserted by the -dynlink rewrite)
} AddrName;

typedef struct Sym Sym;
typedef struct Prog Prog;

typedef struct {
  AddrType type;
  AddrName name;
  uint8_t reg;      // base register; after the -shared rewrite, CX
  uint8_t index;    // index register, or REG_TLS for off(R)(TLS*1); A_REG in
                    // the parser: the low register of a pair DX:AX
  uint8_t scale;    // 1, 2, 4, 8 with index
  bool pcrel;       // sym is reached relative to reg, which holds the PC
  Sym *sym;
  int64_t offset;   // displacement; A_TEXTSIZE: frame size
  int32_t argsize;  // A_TEXTSIZE only; ARGS_UNKNOWN if not written
  Prog *target;     // A_BRANCH within the TEXT block
  const char *name_text;  // FP/SP name as written (for -S), or label name
  const char *str;  // A_STRING bytes
  int strlen;
} Addr;

#define ARGS_UNKNOWN ArgsSizeUnknown

// Opcodes: Go's names. optab.c holds their properties.
typedef enum {
#define OP(go, gnu, size, shape) A##go,
#include "ops.def"
#undef OP
  NOPS
} Op;

// How an instruction's operands may look; check.c checks them and emit.c
// uses it to choose operand order and register width.
typedef enum {
  SH_NONE,      // no operands: CDQ, RET, CLD, LOCK, REP, MOVSL, ...
  SH_MOVE,      // src rmi(a), dst rm, not both memory: MOV, ADD, SUB, ...
  SH_CMP,       // Go order a, b compares a with b: first rm, second rmi
  SH_TEST,      // rmi, rm
  SH_UNARY,     // rm: INC, DEC, NEG, NOT, MUL, DIV, IDIV, SETcc
  SH_SHIFT,     // $n or CX, rm; or $n/CX, r, rm (double shift)
  SH_IMUL,      // rm (1-op) | rmi, r (2-op)
  SH_IMUL3,     // $n, rm, r
  SH_EXTEND,    // rm (narrow), r: MOVBLZX, ...
  SH_LEA,       // mem, r
  SH_XCHG,      // rm, rm, not both memory
  SH_XADD,      // r, rm: CMPXCHG, XADD
  SH_CMOV,      // rm, r
  SH_PUSH,      // rmi (PUSHL) / rm (POPL)
  SH_BRANCH,    // label, n(PC), sym(SB), R, mem: CALL, JMP, Jcc
  SH_INT,       // $n
  SH_RAW,       // BYTE/WORD/LONG $n
  SH_PSEUDO,    // TEXT, DATA, GLOBL, FUNCDATA, PCDATA, NOP
} Shape;

typedef struct {
  const char *go;    // "MOVL"
  const char *gnu;   // "movl", or the condition suffix for Jcc/SETcc/CMOVcc
  int size;          // operand size in bytes; 0 where it does not apply
  Shape shape;
} OpInfo;

extern const OpInfo optab[NOPS];
int op_lookup(const char *name, int len);   // -1 if unknown; aliases resolved
bool op_is_jcc(int as);
bool op_takes_hint(int as);
bool op_is_prefix(int as);                  // LOCK, REP, REPN
bool is_double_shift(int as);               // SHLL/SHRL/SHLW/SHRW, which take 3 operands
// Whether prefix `pre` can go before p; if not, says why at p.
bool op_prefix_fits(const Prog *pre, const Prog *p);
// Registers an instruction reads or writes without naming them, as a mask
// of 1 << (R - REG_AX) for R in AX..DI; the prefix's (REP: CX) included.
unsigned op_implicit_regs(const Prog *p);
#define REGMASK(r) (1u << ((r) - REG_AX))

// Prog.mark bits
enum {
  MARK_INSERTED = 1 << 0,  // made by a pass: never rewritten again (Go's RegTo2)
  MARK_TARGET   = 1 << 1,  // some branch lands here: emit a label
  MARK_PCLABEL  = 1 << 2,  // follows a get_pc_thunk call: CX holds its address
  MARK_MORESTACK= 1 << 3,  // part of the out-of-line morestack block
  MARK_ADJSP    = 1 << 4,  // the prologue's SUBL $frame, SP / epilogue's ADDL
  MARK_DONE     = 1 << 6,  // follow.c: placed by xfol (Go's DONE); cleared after
};

struct Prog {
  Prog *link;
  int as;          // Op
  uint8_t mark;
  uint8_t prefix;  // ALOCK, AREP or AREPN written before it, or 0: part of
                   // this instruction, so a rewrite that puts instructions
                   // in front of it or replaces it carries the prefix along
  Addr from, from3, to;   // from3: the middle operand of 3-operand forms
  const Pos *pos;
  const Pos *prefix_pos;  // where the prefix was written: a line of its own, maybe
  int id;          // sequence number in its TEXT block (n(PC), -S)
  int label;       // emit.c: number of its .L label when it is a target
  int spadj;       // SP change made by this instruction (PUSH/POP/frame)
};

// ---------------------------------------------------------------- symbols

// TEXT/GLOBL flags (F_NOSPLIT, ...): internal.h, from pic386/abi.h, shared
// with pic386 compile.

typedef enum { SYM_UNDEF, SYM_TEXT, SYM_DATA } SymKind;

struct Sym {
  const char *name;     // ELF name: "runtime.morestack", "a/b.x", "p.x<>"
  bool local;           // x<>: file-local, never through the GOT or PLT
  SymKind kind;         // what this file defines it as
  int flags;            // TEXT or GLOBL flags
  int64_t size;         // GLOBL size
  const Pos *defpos;    // where defined (duplicates)
  bool persist;         // outlives the TEXT block that named it (data)
  struct DataInit *data;  // DATA initialisers, sorted by offset on emission
  int ndata, capdata;
  bool baddata;         // check_data refused its DATA: not emitted
};

// One DATA directive: `size` bytes at `off`, a constant, an address or bytes.
typedef struct DataInit {
  int64_t off;
  int size;
  Addr val;
  const Pos *pos;
} DataInit;

// ---------------------------------------------------------------- asm context

typedef struct {
  // flags
  bool shared;          // -shared: PC-relative data access
  bool dynlink;         // -dynlink: GOT for data, BX := GOT before calls
  bool bug_morestack;   // -bug=15916-morestack: Go 1.6's bare morestack call
  const char *pkg;      // -p: what ·x means
  const char *srcname;  // for listings

  // Symbols named only by instructions live as long as their TEXT block
  // (tsyms); those that data needs move to syms at its end. A
  // TEXT definition leaves just a TextDef, for duplicate detection, so
  // memory does not grow with the number of functions.
  Map syms;             // name -> Sym*, for the whole file
  Map tsyms;            // name -> Sym*, for the current TEXT block
  struct TextDef *defs; // open-addressed by name hash
  size_t capdefs, ndefs;
  const char **deffiles;  // the files TEXT definitions came from
  int ndeffiles;
  Sym **globls;         // GLOBL symbols in order of definition
  int nglobls, capglobls;
  Arena text_arena;     // Progs of the current TEXT block
  int nfunc;            // TEXT blocks so far (function table, labels)
  int nlabel;           // unique label counter for the object
  unsigned thunks;      // bit r set: __x86.get_pc_thunk.<r> is used
  bool tlsg_ref;        // a -shared g load names runtime.tlsg

  Buf out;              // GNU as text
  Buf list;             // -S listing
  bool want_list;
  bool annotate;        // GNU as text for a reader: `# file:line` before each line's code
  FILE *outf;           // where `out` is flushed as it grows
} Ctxt;

// The current TEXT block as the parser hands it to the passes.
typedef struct {
  Sym *sym;
  Prog *text;           // the TEXT Prog; the body follows through link
  int64_t frame;        // $frame
  int32_t args;         // -args, or ARGS_UNKNOWN
  int flags;
  const Pos *pos;
} Func;

// parse.c: reads statements; calls func_done for each finished TEXT block,
// ok when it parsed cleanly. The block's Progs (c->text_arena), positions
// and local symbols stay valid until func_done releases them; the driver
// (asm.c) owns that life cycle: allocate, passes, emit, release.
void parse_file(Ctxt *c, Cpp *cpp, void (*func_done)(Ctxt *, Func *, bool ok));

// expr.c: a constant expression from the token stream, starting at p->tok
// and leaving p->tok at the first token after it.
typedef struct {
  Cpp *cpp;
  Token tok;            // current token (one-token lookahead)
  int depth;            // ( nesting: limited to MAX_EXPR_DEPTH
} Parser;
enum { MAX_EXPR_DEPTH = 1000 };
void parser_next(Parser *p);
bool expr_parse(Parser *p, int64_t *val);   // false after reporting an error
// Continuations for an expression whose first factor was read by the caller
// (the parser reads `(` before knowing whether it opens (R) or (expr)).
bool expr_term_start(Parser *p, uint64_t *v);
bool expr_term_rest(Parser *p, uint64_t *v);
bool expr_rest(Parser *p, uint64_t *v);
// Punctuation is one or two characters ("(", "<<").
static inline bool tok_is(const Token *t, const char *punct) {
  return t->kind == TK_PUNCT && t->s[0] == punct[0] &&
         (punct[1] ? t->len == 2 && t->s[1] == punct[1] : t->len == 1);
}

// ---------------------------------------------------------------- prog.c

// The instruction list: the parser builds it, the passes insert into it.
Prog *prog_new(Ctxt *c, const Prog *like);     // in the text arena
Prog *prog_append(Ctxt *c, Prog *p);           // new Prog after p

// ---------------------------------------------------------------- sym.c

// TEXT definitions by a 64-bit hash of the name: a duplicate is found
// without keeping the name (two names sharing a hash, at 2^-64, would be
// reported as a duplicate).
typedef struct TextDef {
  uint64_t hash;
  uint32_t file;   // index in Ctxt.deffiles
  int32_t line;
} TextDef;

Sym *sym_lookup(Ctxt *c, const char *name, bool local);
// The ELF name of Go's spelling s (·x, a/b·x, x<>), valid until the next call.
const char *elf_name(Ctxt *c, const char *s, int len, bool *local);
void syms_release(Ctxt *c);   // a TEXT block is done with its symbols
TextDef *textdef(Ctxt *c, const char *name, bool add);   // NULL if absent and !add
uint32_t file_index(Ctxt *c, const char *file);          // into Ctxt.deffiles
// DATA sym+off(SB)/size, value and GLOBL sym(SB), [flags,] $size, their
// operands parsed: checked and attached to the symbol.
void data_directive(int nops, Addr *ops, int64_t size, const Pos *pos);
void globl_directive(Ctxt *c, int nops, Addr *ops, const Pos *pos);

// ---------------------------------------------------------------- check.c

// The operands of p (n of them) against its shape; false after reporting.
bool check_operands(Prog *p, int n);
void check_tls_bases(Func *fn);   // a block, before emit_func
void check_data(Ctxt *c);         // the file's DATA and GLOBL, before emit_end

// ---------------------------------------------------------------- the passes

// For one function, in this order, over the instruction list (prog.c).
void progedit(Ctxt *c, Func *fn, Prog *p);     // progedit.c
void follow(Ctxt *c, Func *fn);                // follow.c: brloop + xfol
void preprocess(Ctxt *c, Func *fn);            // split.c

// emit.c
void emit_begin(Ctxt *c);
void emit_func(Ctxt *c, Func *fn);
void emit_end(Ctxt *c);                 // data, thunks, notes
void emit_flush(Ctxt *c);

// list.c
void list_func(Ctxt *c, Func *fn);
void list_addr(Buf *b, const Prog *p, const Addr *a);

// Function table (section pic386_functab), one entry per TEXT block:
// struct functab and its section's name, from pic386/abi.h.
typedef struct functab FuncTabEntry;
#define FUNCTAB_SECTION PIC386_FUNCTAB_SECTION

// ---------------------------------------------------------------- commands

// asm.c: one file through every stage of `pic386 asm` to GNU as text,
// written to `out` as it grows (NULL: made and dropped), the -S listing to
// stdout. Returns the number of errors. What stays allocated afterwards
// (interned file names, kept positions) is freed by asm_release, which
// also resets the error count: the fuzzing harness runs input after input.
typedef struct {
  bool shared, dynlink, bug_morestack, want_list;
  bool annotate;                         // `# file:line` marks in GNU as text
  const char *pkg;                       // default "main"
  const char *const *incdirs, *const *defines;   // NULL-terminated, or NULL
  const char *trimpath;                  // dropped from the recorded file name
} AsmFlags;
int asm_translate(const AsmFlags *f, const char *in, FILE *out);
void asm_release(void);

int cmd_asm(int argc, char **argv);     // asm.c

#endif
