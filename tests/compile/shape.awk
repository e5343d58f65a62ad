# shape.awk: a Go-syntax listing -- Go 1.7's `go tool compile -S` or
# pic386's `asm -S` of what pic386 compile wrote -- reduced to what both
# can be compared on: per function ("FUNC name"), its instructions without
# the pseudo-instructions (TEXT, FUNCDATA, PCDATA, NOP), with names of
# locals and branch targets dropped and symbol spellings made one
# ("".x and pkg.x, x·f and x.f, (*T).m and T.m, @GOT(SB) and @GOT(CX)).
# -v pkg=PATH: the package compiled (its own symbols lose their prefix).
function norm(s) {
  gsub(/, R\?\?\?1/, "", s)
  gsub(/""\./, "", s)
  gsub(/·/, ".", s)
  gsub(/\(\*[A-Za-z0-9_]+\)\./, "&", s)
  while (match(s, /\(\*[A-Za-z0-9_]+\)\./)) {
    t = substr(s, RSTART + 2, RLENGTH - 4)
    s = substr(s, 1, RSTART - 1) t "." substr(s, RSTART + RLENGTH)
  }
  if (pkg != "") {
    p = pkg "."
    while ((i = index(s, p)) > 0 && (i == 1 || substr(s, i - 1, 1) ~ /[$ ,(]/))
      s = substr(s, 1, i - 1) substr(s, i + length(p))
  }
  gsub(/@GOT\((SB|CX)\)/, "@GOT", s)
  gsub(/_GLOBAL_OFFSET_TABLE_(<>)?\((SB|CX)\)/, "_GLOBAL_OFFSET_TABLE_", s)
  gsub(/go\.string\.[^(]*\(SB\)/, "go.string(SB)", s)
  gsub(/[A-Za-z_~][A-Za-z0-9_~.]*\+([0-9]+)\(FP\)/, "&", s)
  while (match(s, /[A-Za-z_~][A-Za-z0-9_~.]*\+[0-9]+\(FP\)/)) {
    t = substr(s, RSTART, RLENGTH); sub(/^[^+]*\+/, "", t)
    s = substr(s, 1, RSTART - 1) t substr(s, RSTART + RLENGTH)
  }
  gsub(/[A-Za-z_~][A-Za-z0-9_~.]*[-+][0-9]+\(SP\)/, "AUTO(SP)", s)
  return s
}
/^[^ \t]/ && !/ t=1 / && !/ STEXT / { skip = 1; next }
/^[^ \t]/ {
  skip = 0
  name = $1
  gsub(/""\./, "", name)
  if (pkg != "" && index(name, pkg ".") == 1) name = substr(name, length(pkg) + 2)
  name = norm(name)
  print "FUNC " name
  next
}
/^\t/ && !skip {
  n = split($0, f, "\t")
  op = f[3]; args = f[4]
  if (op == "" || op == "TEXT" || op == "FUNCDATA" || op == "PCDATA" || op == "NOP") next
  if (op ~ /^J/) args = "L"
  print op (args != "" ? " " norm(args) : "")
}
