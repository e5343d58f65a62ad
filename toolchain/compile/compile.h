// compile.h: `pic386 compile`, a compiler for a subset of Go that writes
// Go 1.7-dialect 386 assembly shaped as Go 1.7's own (non-SSA) 386 back end
// emitted it; `pic386 asm` assembles what it writes.
//
// Pipeline (one stage per file or pair of files, in the manner of chibicc
// and of Go 1.7's cmd/compile/internal/gc):
//   scan.c       characters -> tokens, with Go's automatic semicolons
//   parse.c      tokens -> AST (Node) for types and expressions;
//   parsestmt.c  ... for statements, declarations, files; `// +build` lines.
//                Features outside the subset are refused where first seen,
//                by name ("goroutines are not supported by pic386 compile")
//   types.c      types and their 386 layout, scopes, the universe,
//                type expressions;
//   package.c    the package-level declarations of the package and of
//                every package it imports (from their .go files: Go's
//                export data, rebuilt from source), resolved on first use
//   check.c      expressions: a Type for each;
//   checkops.c   constants, assignability, binary operators (folded when
//                constant);
//   checkcall.c  calls, built-ins, conversions;
//   checkstmt.c  statements, unused variables/imports, missing returns.
//                Errors are worded as Go 1.7's gc worded them
//   lower.c      promoted fields and methods (and the wrappers Go generated
//                for them), symbols, where each variable lives (escaping
//                ones -- address taken, captured by a closure -- on the heap)
//   genfunc.c    one function -> one TEXT block: argument offsets, entry
//                code, the body, the deferreturn path, the frame size;
//   gen.c        statements (defer as Go 1.7 emitted it: deferproc, CMPL AX,
//                $0, JNE to a return path after the body, every return
//                XCHGL AX, AX; CALL runtime·deferreturn(SB); RET);
//   genexpr.c    expressions: scalars in AX (AX:DX for 64 bits), wider
//                values in memory, temporaries in the frame; addresses;
//   genops.c     operators, comparisons, conditions, conversions;
//   gencall.c    calls (functions, methods, func values through DX, defer),
//                literals, slicing, append/make/copy/print via the runtime
//   data.c       package data: static initialisers laid out as Go 1.7's
//                sinit did (no init code), string bytes, funcvals (F·f),
//                the type words runtime.newobject/makeslice/growslice read
//   compile.c    the command: flags, files, the stages, the arenas, the
//                output streamed to a temporary file linked into place
//
// The assembly is Go 1.7's dialect for `pic386 asm`, which adds what Go's
// obj6 added after the compiler: the stack-split prologue, the frame's
// SUBL/ADDL, and the -dynlink rewrites (GOT loads, EBX before calls).
//
// Memory, bounded by the largest function and not by the package (issue
// 14). What is declared at package level lives in the package's arena
// (carena) until compile_release: types, package Objs, the function
// declarations' nodes without their signatures and bodies, the source, the
// data symbols' maps and DATA text. The first parse of a file parses each
// function's signature and body only for their syntax errors, in a body
// arena freed at once, and keeps the parser's state where the signature
// starts (LazyBody). A function's type is resolved from its signature parsed
// again into an arena reset right after (sig_parse). Then check_package
// takes each declared function in turn through its whole life, in the body
// arena (body_begin .. body_end): signature and body parsed again, checked
// with its literals, lowered, generated, its text flushed to the output
// (gen_flush: to the output's temporary file, linked into place only after
// a success), and everything freed. What a body makes that must outlive it
// is allocated in carena explicitly (IN_PKG_ARENA): the *T and []T
// cached on a type, objects resolved on first use (resolve_obj), the
// funcs list, the data symbols' names. An error stops the generating but
// not the checking, so the errors are the same as when every body was
// checked before any was generated; a feature the back end refuses is
// reported only if no later body has an error (gen_try), as before.
// Errors: `file:line:col: message`; a syntax error stops the file, type
// errors are collected (up to 10) and nothing is written if there is one.
#ifndef COMPILE_H
#define COMPILE_H

#include "internal/internal.h"

typedef struct Type Type;
typedef struct Node Node;
typedef struct Obj Obj;
typedef struct Scope Scope;
typedef struct Package Package;
typedef struct GoFunc GoFunc;

// A source position, 1-based line and column (bytes, as Go counts them).
typedef struct {
  const char *file;
  int line, col;
} CPos;

extern Arena carena;      // the package's: what lives for the whole compilation
extern Arena *cur_arena;  // where calloc_c & co allocate: carena, or a body's
// Runs the statements with calloc_c & co allocating in carena: for what
// must outlive the function body being compiled (types cached on package
// types, package objects resolved on first use, data symbols).
#define IN_PKG_ARENA(...)            \
  do {                               \
    Arena *prev_arena_ = cur_arena;  \
    cur_arena = &carena;             \
    __VA_ARGS__;                     \
    cur_arena = prev_arena_;         \
  } while (0)
// One top-level function body's life: allocations go to its arena until
// body_end, which frees them (and the tables of its scopes).
void body_begin(void);
void body_end(void);
void *calloc_c(size_t n);
char *cstrndup(const char *s, size_t n);
char *cfmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

// A diagnostic; syntax errors stop at once, the others count.
extern int cerrors;
void cerror(CPos p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
_Noreturn void cfatal(CPos p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// A feature outside the subset: "<what> are not supported by pic386 compile".
_Noreturn void unsupported(CPos p, const char *what);

// One compilation: the files of one package through every stage into
// gen.sink, or gen.out when there is none (import path `path`, or NULL for
// the default), false after an
// error, which is reported. Nothing in it exits on bad input: cfatal and
// the tenth error unwind to it. compile_release then puts every stage's
// state back as before the first compilation and frees the arena; both
// `pic386 compile` and the fuzzing harness (fuzz/compile_fuzz.c) run these.
bool compile_go(const char *const *files, int nfiles, const char *path);
void compile_release(void);
// Each stage's part of compile_release.
void check_reset(void);
void checkcall_reset(void);
void checkstmt_reset(void);
void data_reset(void);
void gen_reset(void);
void package_reset(void);
void types_reset(void);

// ---------------------------------------------------------------- scan.c

typedef enum {
  T_EOF, T_IDENT, T_INT, T_FLOAT, T_IMAG, T_CHAR, T_STRING, T_OP, T_KEYWORD,
} GTokKind;

typedef struct {
  GTokKind kind;
  CPos pos;
  const char *s;   // the text (T_STRING/T_CHAR: the decoded value)
  int len;
  int64_t ival;    // T_INT, T_CHAR
  bool autosemi;   // a ";" the scanner inserted at a newline or EOF
} GToken;

typedef struct {
  const char *file;
  const char *src, *p;
  int line;
  const char *linestart;
  GTokKind last;     // for automatic semicolons
  const char *lasts;
  int lastlen;
} Scanner;

void scan_init(Scanner *s, const char *file, const char *src);
void scan_next(Scanner *s, GToken *t);
void scan_reset(void);  // frees the literal buffer (compile_release)

// ---------------------------------------------------------------- types

typedef enum {
  TY_BOOL, TY_INT8, TY_INT16, TY_INT32, TY_INT64, TY_INT,
  TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINT, TY_UINTPTR,
  TY_STRING, TY_PTR, TY_ARRAY, TY_SLICE, TY_STRUCT, TY_FUNC,
  TY_UNSAFEPTR,
  TY_NIL,       // the type of nil
  TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_BOOL, TY_UNTYPED_STRING,
  TY_TUPLE,     // the results of a call with more than one
  TY_NAMED,     // declared: under is the underlying type
} TypeKind;

typedef struct {
  const char *name;
  Type *type;
  int offset;
  bool embedded;
} Field;

typedef struct Method {
  const char *name;
  Obj *fn;            // the declared function
  bool ptrrecv;       // func (t *T) m
} Method;

struct Type {
  TypeKind kind;
  int size, align;
  Type *elem;         // PTR, ARRAY, SLICE
  int64_t len;        // ARRAY
  Field *fields;      // STRUCT
  int nfields;
  Type **params, **results;   // FUNC, TUPLE (results)
  int nparams, nresults;
  bool variadic;
  // NAMED
  const char *name;
  Package *pkg;
  Type *under;
  Method *methods;
  int nmethods;
  Type *ptrto;        // the cached *T
  Type *sliceof;      // the cached []T
  int id;             // for type-descriptor symbols
  Node *decl;         // NAMED: its declaration, resolved on first use
  Scope *declscope;
  bool resolving;
};

extern Type *t_bool, *t_int, *t_int8, *t_int16, *t_int32, *t_int64, *t_uint,
    *t_uint8, *t_uint16, *t_uint32, *t_uint64, *t_uintptr, *t_string, *t_nil,
    *t_uint_unsafe, *t_untyped_int, *t_untyped_rune, *t_untyped_bool,
    *t_untyped_string;

Type *underlying(Type *t);
Type *ptrto(Type *t);
Type *new_type(TypeKind k);
Type *slice_of(Type *t);
bool is_integer(Type *t);
bool is_unsigned(Type *t);
bool is_untyped(Type *t);
bool is_string(Type *t);
bool is_bool(Type *t);
bool identical(Type *a, Type *b);
Type *default_type(Type *t);   // untyped -> int, rune(int32), bool, string
const char *type_string(Type *t);   // as Go prints it: int, *t1.Dep, []string
void layout_struct(Type *t);
bool has_pointers(Type *t);

// ---------------------------------------------------------------- objects

typedef enum { O_VAR, O_CONST, O_TYPE, O_FUNC, O_PKG, O_BUILTIN, O_NIL } ObjKind;

typedef enum {
  B_LEN, B_CAP, B_APPEND, B_COPY, B_MAKE, B_NEW, B_PRINT, B_PRINTLN,
  B_PANIC, B_RECOVER, B_COMPLEX, B_REAL, B_IMAG, B_DELETE, B_CLOSE,
} Builtin;

// Where a variable lives.
typedef enum {
  V_GLOBAL,   // pkg·name(SB)
  V_PARAM,    // name+off(FP): arguments and results
  V_AUTO,     // name-off(SP)
  V_HEAP,     // escapes: its address is kept in the auto &name
  V_CAPTURED, // in a closure: its address is kept in an auto, loaded from DX
} VarClass;

struct Obj {
  ObjKind kind;
  const char *name;
  CPos pos;
  Type *type;
  Package *pkg;
  // O_VAR
  VarClass vclass;
  int offset;        // V_PARAM: from FP; V_AUTO: its frame slot (from the frame's top)
  int slot;          // V_HEAP: the frame slot holding its address (0: not laid out)
  bool isparam;      // an argument or result, even when moved to the heap
  bool used, addrtaken, captured, isresult;
  GoFunc *fn;          // the function declaring it (NULL for globals)
  Node *init;        // global's initialiser
  // O_CONST
  int64_t cval;
  bool ubig;           // above INT64_MAX, as Node.ubig
  const char *sval;
  int slen;
  // O_FUNC
  Node *decl;
  bool isasm;        // declared without a body: implemented in assembly
  const char *sym;   // its symbol in its package: F, Dep·Method (obj_sym adds t1·)
  Type *recv;        // method: the receiver's type
  // package-level objects: resolved on first use
  Scope *dscope;     // the file scope of the declaration
  Node *spec;        // N_VARDECL/N_CONSTDECL spec, N_TYPEDECL, N_FUNCDECL
  int index;         // which name of the spec
  bool resolving, resolved;
  bool dyninit;      // a package variable initialised by code in pkg.init
  // O_BUILTIN
  Builtin builtin;
  // O_PKG
  Package *ipkg;
  bool pkgused;
};

struct Scope {
  Scope *outer;
  Obj **objs;   // in declaration order
  int n, cap;
  // A Map by name once the scope is large (a package's), so that a lookup
  // does not cost the size of the package (types_reset frees it). NULL for
  // small scopes (a block's).
  Map *tab;
};

Scope *scope_new(Scope *outer);
void scope_add(Scope *s, Obj *o);
Obj *scope_find(Scope *s, const char *name);      // innermost, following outer
Obj *scope_lookup_local(Scope *s, const char *name);
int scope_tabs_mark(void);              // how many scope tables exist
void scope_tabs_release(int mark);      // frees those made since mark

struct Package {
  const char *path;    // import path
  const char *name;    // package clause
  Scope *scope;
  Node **files;
  int nfiles;
  bool checked;
  bool isruntime;      // the built-in runtime (GC only)
  // Initialisation, as Go's pkg.init did it: imports first, then the
  // variables whose initialisers are code (in declaration order), then
  // the init functions (init·1, init·2, ...).
  bool needinit;
  Obj **userinits;
  int nuserinits;
  Node **dyninits;     // N_ASSIGN of package variables
  int ndyninits;
  Package **imports;
  int nimports;
};

// ---------------------------------------------------------------- AST

typedef enum {
  // expressions
  N_IDENT, N_INTLIT, N_CHARLIT, N_STRLIT, N_FUNCLIT, N_COMPOSITE, N_KEYVAL,
  N_PAREN, N_SELECTOR, N_INDEX, N_SLICE, N_CALL, N_UNARY, N_BINARY, N_STAR,
  N_ADDR, N_CONV,
  // type expressions
  N_TARRAY, N_TSLICE, N_TPTR, N_TSTRUCT, N_TFUNC, N_TELLIPSIS,
  // statements
  N_BLOCK, N_EXPRSTMT, N_ASSIGN, N_DEFINE, N_OPASSIGN, N_INCDEC, N_VARDECL,
  N_CONSTDECL, N_TYPEDECL, N_IF, N_FOR, N_RANGE, N_SWITCH, N_CASE, N_RETURN,
  N_BREAK, N_CONTINUE, N_DEFER, N_FALLTHROUGH, N_EMPTY, N_LABELED, N_GOTO,
  // declarations
  N_FUNCDECL, N_IMPORT, N_FIELD,
} NodeKind;

struct Node {
  NodeKind kind;
  CPos pos;
  int op;            // operator: a token's first char, or OP_* below
  Node *l, *r;       // operands; N_INDEX: l[r]; N_SELECTOR: l.name
  Node *lo, *hi, *max;
  Node **list;       // call args, composite elements, block statements, lhs
  int nlist;
  Node **rlist;      // assignment rhs, case expressions
  int nrlist;
  Node *init, *cond, *post, *body, *els;
  Node *typ;         // declared type expression, composite literal type
  const char *name;  // ident, selector, label, field, func
  int64_t ival;
  int64_t elemidx;    // an element of an array/slice literal: its index
  const char *sval;
  int slen;
  bool hasdots;      // f(x...)
  bool isdefault;    // switch case
  bool embedded;     // struct field
  // resolved by check.c
  Type *type;
  Obj *obj;          // N_IDENT, N_FUNCDECL, qualified selectors
  bool isconst;      // constant expression with value cval/csval
  bool ubig;         // an integer constant above INT64_MAX (its bits are in cval)
  int64_t cval;
  bool istype;       // the expression denotes a type
  Field *field;      // N_SELECTOR on a struct: the field reached
  int fieldoff;      // its offset from the (possibly dereferenced) base
  Node **path;       // promoted field/method: the embedded selectors
  int npath;
  Method *method;    // N_SELECTOR: a method value/call
  Type *mrecv;       // the type whose method it is
  Builtin builtin;   // N_CALL of a built-in
  GoFunc *fn;          // N_FUNCLIT, N_FUNCDECL
  Obj **defs;        // N_DEFINE/N_RANGE: the objects declared (NULL = reused)
  Obj *recv;         // N_FUNCDECL: the receiver
  Node *recvtype;
  Node **params, **results;   // N_FUNCDECL/N_FUNCLIT/N_TFUNC: N_FIELD lists
  int nparams, nresults;
  Node *label;       // break/continue target statement
  const char *labelname;
  struct LazyBody *lazy;   // N_FUNCDECL: where its signature starts
};

enum { OP_EQ = 256, OP_NE, OP_LE, OP_GE, OP_ANDAND, OP_OROR, OP_SHL, OP_SHR, OP_ANDNOT,
       OP_ARROW, OP_INC, OP_DEC };

// One function or function literal, as the back end sees it.
struct GoFunc {
  const char *name;      // Go's name: F, F.func1, (*Dep).Method
  const char *sym;       // assembly: ·F, ·F·func1, ·Dep·Method
  Node *decl;            // N_FUNCDECL or N_FUNCLIT
  Type *type;
  GoFunc *outer;           // for function literals
  int nlits;             // literals numbered F.func1, F.func2, ...
  Obj **params;          // receiver first, then parameters, then results
  int nparamobjs;
  Obj **results;
  int nresultobjs;
  Obj **captures;        // closures: the outer variables used, by reference
  int ncaptures;
  Obj **locals;          // every variable declared in the body
  int nlocals, localcap;
  bool hasdefer;
  int argsize;           // arguments + results, bytes
  Obj *recvobj;
  Scope *scope;
  // a generated wrapper for a promoted method
  bool iswrapper;
  Method *wrapped;
  Type *wrapper_recv;
  Node **wrap_path;
  int wrap_npath;
};

// ---------------------------------------------------------------- parse.c

Node *parse_go_file(const char *file, const char *src);
// Shared by parse.c (types, expressions) and parsestmt.c (statements, files).
typedef struct {
  Scanner sc;
  GToken tok;
  int exprlev;   // < 0: in a control clause, where T{ is not a literal
} GoParser;
typedef struct {
  Node **v;
  int n, cap;
} NodeVec;
// A function declaration's signature and body, parsed by the first pass
// only for their syntax errors: the parser where the signature starts.
typedef struct LazyBody {
  GoParser p;
} LazyBody;
// Parse d's signature (and body) again, into the current arena.
void parse_signature_again(Node *d);
void parse_body(Node *d);
// A declared function's signature nodes, for as long as its type is being
// resolved (package.c): in an arena of their own, reset when the last
// resolution that needed them is done.
void sig_parse(Node *d);
void sig_done(void);
void gp_next(GoParser *p);
bool gp_is(GoParser *p, const char *s);
_Noreturn void gp_syntax(GoParser *p, const char *expecting);
void gp_want(GoParser *p, const char *s);
bool gp_got(GoParser *p, const char *s);
const char *gp_ident(GoParser *p);
void gp_push(NodeVec *v, Node *n);
_Noreturn void refuse_keyword(GoParser *p);
Node *parse_type(GoParser *p);
Node *parse_type_or_null(GoParser *p);
Node **parse_params(GoParser *p, int *np, bool results);
void parse_signature(GoParser *p, Node *n);
Node *parse_expr(GoParser *p);
Node **parse_exprlist(GoParser *p, int *n);
Node *parse_block(GoParser *p);
Node *parse_simple_stmt(GoParser *p, bool rangeok);
Node *new_node(NodeKind k, CPos p);
// The package clause name and the import list of a parsed file.
typedef struct {
  const char *pkgname;
  CPos pkgpos;
  Node **imports;     // N_IMPORT: sval = path, name = local name or NULL
  int nimports;
  Node **decls;
  int ndecls;
  bool buildignore;   // a // +build line excludes the file
} FileAST;
FileAST *file_ast(Node *file);
bool build_tags_ok(const char *src);   // `// +build` lines with gccgo false

// ---------------------------------------------------------------- types.c

extern Scope *universe;
void universe_init(void);
Type *resolve_type(Node *n, Scope *sc);
// Shared with package.c, which makes the package-level objects (and the
// built-in runtime's) the same way types.c makes the universe's.
Obj *new_obj(ObjKind k, const char *name, Type *t);
// A func declaration's signature (receiver left out): package.c resolves a
// function's type with it, resolve_type a func type literal.
Type *func_type(Node *n, Scope *sc);

// ---------------------------------------------------------------- package.c

extern const char *import_dirs[16];   // -I
extern int nimport_dirs;
// Loads (parses and declares, bodies unchecked) an imported package.
Package *import_package(const char *path, CPos at);
// Declares the package-level objects of pkg's files in pkg->scope.
void declare_package(Package *pkg, FileAST **files, int nfiles);
void resolve_obj(Obj *o);   // a package-level object's type / value
const char *pkg_symprefix(Package *pkg, Package *cur);   // "·" or "t1·"

// ---------------------------------------------------------------- check.c

extern Package *curpkg;     // whose declarations are being resolved
extern Package *mainpkg;    // the package compiled
extern int64_t cur_iota;
extern GoFunc **funcs;          // every function to generate, in Go's order
extern int nfuncs;
void check_package(Package *pkg, FileAST **files, int nfiles);
// Shared by check.c (expressions), checkops.c (operators), checkcall.c
// (calls) and checkstmt.c (statements).
extern GoFunc *curfn;
Type *check(Node *n, Scope *sc, Type *want);
Type *check_call(Node *n, Scope *sc, Type *want);
// checkops.c's; check() dispatches an N_BINARY to it.
Type *check_binary(Node *n, Scope *sc);
Type *t_void_get(void);   // the type of a call without results
bool value_ok(Node *e);   // a single value, reported if not
void check_block(Node *b, Scope *sc);
void check_stmt(Node *s, Scope *sc);
void assign_to(Node *e, Type *t, const char *context);
bool assignable(Type *from, Type *to);
bool fits(int64_t v, Type *t);
int64_t wrap(int64_t v, Type *t);
bool const_overflows(Node *n, Type *t);   // an integer constant outside t
bool fold_unary(Node *n, Type *t);        // a constant - + ^ folded; false after an error
const char *const_text(Node *n);          // a constant's value as Go prints it (ubig: unsigned)
CPos expr_start(Node *n);                 // its leftmost operand's position
Obj *declare_local(Scope *sc, const char *name, Type *t, CPos pos);
bool is_addressable(Node *n);
void mark_addrtaken(Node *n);
void add_func(GoFunc *f);
void objs_push(Obj ***v, int *n, int *cap, Obj *o);
bool const_value(Node *n, int64_t *v);
Type *check_expr(Node *n, Scope *sc, Type *want);
const char *expr_string(Node *n);

// ---------------------------------------------------------------- lower.c

void lower_funcs(int from);   // funcs[from..]: where each variable lives
void gen_wrappers(void);       // appends the promoted-method wrappers to funcs
GoFunc *new_func(const char *name, const char *sym, Node *decl, Type *type);
// Methods of t (named or pointer to named), promoted ones included.
Method *find_method(Type *t, const char *name, Node ***path, int *npath, Type **owner);
Field *find_field(Type *t, const char *name, int *off, Node ***path, int *npath, CPos p);
const char *method_sym(Type *recvnamed, const char *name);   // Dep·Method
// The assembly symbol of a package-level object, seen from the package compiled.
const char *obj_sym(Obj *o);

// ---------------------------------------------------------------- gen.c, genexpr.c, data.c

typedef struct {
  Buf out;            // the text not yet flushed to sink (all of it if no sink)
  bool dynlink;
  FILE *sink;         // where gen_flush writes, or NULL: all stays in out
  int sinkerr;        // the first write error on sink (an errno)
} Gen;
extern Gen gen;

// The file's header; then funcs[from..] once checked (gen_pending: nothing
// if an error has been found); then the wrappers from funcs[from..], pkg.init
// and the data (gen_end). Each flushes what it wrote.
void gen_begin(void);
void gen_pending(int from);
void gen_end(int from);
void gen_flush(void);
// Runs fn; a cfatal in it (a feature the back end refuses) is kept, not
// printed, and false returned: gen_stopped() says so from then on, and
// compile_go prints it only if the checks of the bodies after found no error,
// as when every body was checked before any was generated.
bool gen_try(void (*fn)(void));
bool gen_stopped(void);

// A memory operand, as Go's assembler spells it.
typedef enum {
  M_AUTO,     // name-off(SP): a local or temporary of this frame
  M_PARAM,    // name+off(FP): an argument or result
  M_GLOBAL,   // sym+off(SB)
  M_REG,      // off(REG): through a pointer held in a register
  M_OUT,      // off(SP): the outgoing argument area
} MemKind;

typedef struct {
  MemKind kind;
  const char *name;   // AUTO/PARAM: the variable's name; GLOBAL: the symbol
  int off;            // AUTO: from the frame's top (negative); others: from the base
  const char *reg;    // M_REG
} Mem;

// The function being generated.
typedef struct {
  GoFunc *fn;
  Buf body;
  int autosize;       // bytes of locals and temporaries
  int maxout;         // largest outgoing argument area
  int nlabels;
  int retlabel;       // the deferreturn path that deferproc's JNE reaches
  int ntemps;
  bool isclosure;
} FnGen;
extern FnGen *fg;

void emit(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int new_label(void);
void emit_label(int l);
const char *mem_str(Mem m, int extra);
Mem mem_add(Mem m, int extra);
Mem new_temp(Type *t);
Mem var_mem(Obj *o, const char *reg);   // V_HEAP: loads the address into reg
void zero_mem(Mem m, int size);
void copy_mem(Mem dst, Mem src, int size);
const char *mov_load(Type *t);          // MOVL, MOVBLZX, MOVWLSX, ...
const char *mov_store(int size);        // MOVL, MOVW, MOVB
const char *reg_sized(const char *r, int size);   // AX -> AL, AX, AX
bool is_scalar(Type *t);                // fits AX (or AX:DX for 64 bits)
bool is_wide(Type *t);                  // int64/uint64
bool has_call(Node *e);
void gen_eval(Node *e);                 // scalar value into AX (AX:DX)
void gen_store_ax(Type *t, Mem dst);    // AX (AX:DX) into dst
void gen_into(Node *e, Mem dst);        // any value into a non-register dst
Mem gen_addr(Node *e, const char *reg); // addressable e; may leave a pointer in reg
Mem gen_value_mem(Node *e);             // e's value where it lies, or in a temp
void gen_cond(Node *e, bool jumpif, int label);   // branch on a boolean
void gen_call(Node *call, int deferlabel);   // results left in the outgoing area
int call_result_off(Node *call);        // where the results are, from SP
void gen_assign_mem(Node *lhs, Node *rhs);
void gen_stmt(Node *s);
void gen_block(Node *b);
void gen_return_seq(void);
const char *func_sym(GoFunc *f);
const char *asm_name(const char *s);
Mem temp_words(int size);
void load_ax(Type *t, Mem src);
void normalize(Type *t);
void panic_call(const char *fn);
void bounds_check(Mem lenmem, bool isreg_len, int64_t constlen);
// Argument layout of a call: offsets of each parameter (receiver first
// when recv), of each result, and the total.
typedef struct {
  int n, nres;
  int *off, *resoff;
  Type **types, **restypes;
  int size;
} ArgLayout;
ArgLayout arg_layout(Type *ft, Type *recv);
ArgLayout call_layout(Node *call);
Mem out(int off);                       // off(SP), the outgoing area
void need_out(int size);
void rtcall(const char *fn, int argsize);
void string_lit_into(const char *s, int len, Mem dst);
void gen_copy(Node *e);
void gen_print(Node *e);
// Data symbols: string literal bytes, funcvals, type words.
const char *string_sym(const char *s, int len);   // file-local symbol of the bytes
const char *funcval_sym(GoFunc *f);
const char *funcval_sym_name(const char *fsym);
const char *type_sym(Type *t);
void gen_globals(void);
bool is_static_init(Node *e);            // sinit can lay it out as data
void plan_init(Package *pkg, FileAST **files, int nfiles);   // lower.c
void gen_init(void);                     // genfunc.c: pkg.init, if needed
void gen_data_flush(void);

int cmd_compile(int argc, char **argv);

#endif
