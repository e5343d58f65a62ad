import random, sys
types = ["int8","int16","int32","int64","uint8","uint16","uint32","uint64","int","uint","uintptr"]
bits = {"int8":8,"int16":16,"int32":32,"int64":64,"uint8":8,"uint16":16,"uint32":32,"uint64":64,"int":32,"uint":32,"uintptr":32}
def signed(t): return not t.startswith("u")
def rnd(t, r):
    b = bits[t]
    if signed(t): return r.randint(-(1<<(b-1)), (1<<(b-1))-1)
    return r.randint(0, (1<<b)-1)
def lit(t, v):
    if v < 0: return "%s(%d)" % (t, v) if v != -(1<<(bits[t]-1)) else "%s(%d)" % (t, v)
    return "%s(%d)" % (t, v)
def prog(seed):
    r = random.Random(seed)
    # int/uint/uintptr differ between 386 and amd64 unless values fit: keep them small
    ts = types[:8]
    out = ["package main", "", "// generated: integer arithmetic, seed %d" % seed, ""]
    funcs = []
    for k in range(4):
        t = r.choice(ts)
        name = "f%d" % k
        ops = []
        body = ["func %s(a, b %s, s uint8) %s {" % (name, t, t), "\tr := a"]
        for j in range(r.randint(3, 7)):
            op = r.choice(["+","-","*","&","|","^","&^","<<",">>","/","%","cmp"])
            if op in ("<<", ">>"):
                body.append("\tr = r %s (s %% %d)" % (op, r.choice([8,16,40,70])))
            elif op in ("/", "%"):
                body.append("\tif b != 0 && !(b == -1 && %s) {\n\t\tr = r %s b\n\t}" % ("true" if signed(t) else "false", op) if signed(t) else "\tif b != 0 {\n\t\tr = r %s b\n\t}" % op)
            elif op == "cmp":
                c = r.choice(["<",">","<=",">=","==","!="])
                body.append("\tif r %s b {\n\t\tr = r + 1\n\t} else {\n\t\tr = r - b\n\t}" % c)
            else:
                body.append("\tr = r %s b" % op)
        body.append("\treturn r\n}")
        out += body + [""]
        funcs.append((name, t))
    out.append("func main() {")
    for name, t in funcs:
        for i in range(5):
            a, b = rnd(t, r), rnd(t, r)
            if t in ("int","uint","uintptr"):
                a, b = a % 1000, b % 1000
            out.append("\tprintln(%s(%s, %s, %d))" % (name, lit(t, a), lit(t, b), r.randint(0, 255)))
    # conversions between sizes
    for i in range(6):
        f, t = r.choice(ts), r.choice(ts)
        v = rnd(f, r)
        out.append("\t{\n\t\tvar x %s = %s\n\t\tprintln(%s(x), x)\n\t}" % (f, lit(f, v), t))
    out.append("}")
    return "\n".join(out) + "\n"
for s in range(int(sys.argv[1]), int(sys.argv[2])):
    open("g%02d_arith.go" % s, "w").write(prog(s))
