"""Generator profile ``stmts``: statements with side effects and clauses.

The default profile (gen.py) draws expressions; this one draws cases made
of statements: LOCATE (every BY order, statement and function forms,
THEN/ELSE), FIND/FINDSTR, INS/DEL and ``D<f,v,s> = x`` with negative, zero
and out-of-range positions, REMOVE/SETREM/GETREM, CONVERT, field-substring
assignment, DIM'd matrices with MAT/MATPARSE/MATBUILD, FIELDSTORE, random
MATCHES patterns, ICONV/OCONV with random codes and STATUS(), FMT with
random masks, PRINT with formats and commas, FOR with STEP, LOOP, CASE,
GOSUB/ON GOSUB, internal LOCAL FUNCTIONs, the intrinsics the default
profile leaves out, and edge values (marks, empty, -0, long digit strings,
exponents, strings that are not numbers). A program may end with one
*risky* case (arithmetic on a value that may not be numeric, a huge
product): where ScarletDME stops with a run-time error, mvbasic must stop
at the same line with the same message (run.py's stop class).

Cases use the expression trees of gen.Gen, so shrink.py minimises them as
it does the default profile's. Names a case defines (labels, matrices,
local functions) carry the case id (``{L}``), so candidates of one case can
share a program. Same seed, same program.
"""

import gen
from gen import Case, Node, leaf, q

# numeric strings at the edges (all numeric for ScarletDME: NUM() is 1)
NUMEDGE = ['"-0"', '"0.0"', '"+.5"', '"1."', '"00012"', '""', '"12345678901234"',
           '"-.5"', '"0.000000001"', "-0", '"2147483648"', '"-2147483649"', '"4294967295"']
# strings at the edges (not numbers, or marks only)
STREDGE = ['"99999999999999999"', '"1E3"', '"1e-3"', '"  12"', '"12  "', '"1,000"', '"--1"', '"1.2.3"', '"0x1F"', '"-"', '"."',
           "@FM", "@VM:@VM", "@FM:@SM", "CHAR(255)", "@TM", '"a":@FM:@FM:"b"', '@VM:"x":@VM',
           '"123456789012345678901234567890"', '"-"', '" "', '"E3"', '"1-"', '"+"', '"1.5E-7"']
ORDERS = ['"AL"', '"AR"', '"DL"', '"DR"', '"A"', '"D"', '""', '"al"', '"DX"', '"R"', '"L"']
MC = ["MCU", "MCL", "MCT", "MCA", "MCN", "MC/A", "MC/N", "MCB", "MCX", "MCP", "MCD", "MCC;a;b", "MCC;;x",
      "MCS", "MCW", "MCDX", "MCXD"]


class StmtGen(gen.Gen):
    """gen.Gen with edge values among the leaves, and random codes."""

    def leaf_of(self, typ):
        if typ == "n" and self.r.random() < 0.15:
            return leaf("n", self.pick(NUMEDGE))
        if typ == "s" and self.r.random() < 0.15:
            return leaf("s", self.pick(STREDGE + NUMEDGE))
        return super().leaf_of(typ)

    def digits(self, lo=0, hi=9):
        return str(self.r.randint(lo, hi))

    def opt(self, text, p=0.5):
        return text if self.r.random() < p else ""

    def mcode(self):
        """A random MD/ML/MR code."""
        r = self.r
        c = "M" + self.pick("DDDLR") + self.opt(self.digits(0, 5), 0.8)
        if c[-1].isdigit():
            c += self.opt(self.digits(0, 5), 0.3)
        opts = [",", "$", "-", "<", "C", "D", "Z", "P", "T", "E", "B", "F*"]
        for o in r.sample(opts, r.randint(0, 3)):
            c += o
        return c

    def dcode(self):
        c = "D" + self.opt(self.digits(0, 4), 0.6) + self.opt(self.pick(["/", "-", ".", " ", ",", "*"]), 0.5)
        c += self.opt(self.pick(["D", "M", "Y", "J", "Q", "W", "WA", "MA", "MB", "DL", "E", "YA"]), 0.5)
        return c.rstrip() if c.endswith(" ") else c  # no "DI": UNDEFINED oconv_di

    def code(self):
        """A random conversion code (no file translations, no user exits)."""
        x = self.r.random()
        if x < 0.25:
            return self.mcode()
        if x < 0.40:
            return self.dcode()
        if x < 0.50:
            return "MT" + "".join(self.r.sample(["H", "S", ".", ":", "'"], self.r.randint(0, 2)))
        if x < 0.62:
            return self.pick(MC)
        if x < 0.70:
            return "G" + self.digits(0, 3) + self.pick([",", ".", " ", "a"]) + self.digits(0, 3)
        if x < 0.76:
            return self.pick(["L", "R"]) + self.digits(0, 4) + "," + self.pick(["-3", "0", "2", "5", "99"])
        if x < 0.82:
            return "P(" + self.pattern() + ")"
        if x < 0.90:
            return self.pick(["MX", "MO", "MB", "MX0C", "MO0C", "MB0C", "MY", "MU0C", "MXC"])
        return self.pick(["", "Q", "ZZ", "MD2X", "D9", "MT9", "G", "L", "R", "MR", "M", "MC"])

    def fmask(self):
        """A random FMT mask."""
        r = self.r
        if r.random() < 0.3:
            body = "".join(self.pick(["#", "#", "*", "%", "-", "(", ")", " ", "x"]) for _ in range(r.randint(1, 8)))
            return self.opt(self.digits(0, 12), 0.3) + self.pick("LRCT") + body
        m = self.opt(str(r.randint(0, 14)), 0.7)
        m += self.opt(self.pick(["*", "0", ".", "'x'", "' '", "_"]), 0.3)
        m += self.pick("LRCTU" if r.random() < 0.9 else "Z")
        m += self.opt(self.digits(0, 5), 0.6)
        if m[-1].isdigit():
            m += self.opt(self.digits(0, 3), 0.2)
        for o in r.sample([",", "$", "Z", "C", "D", "-", "<", "E", "B", "M", "N", "T"], r.randint(0, 2)):
            m += o
        return m

    def pattern(self):
        """A random MATCHES pattern. A range of any characters (n-mX) is
        drawn as the last element only: followed by more elements,
        ScarletDME tries its m-n positions even past the end of the subject
        (gen.UNDEFINED matches_range_x), so a range drawn before another
        element is made n-mN (the same random draws, so only those programs
        changed)."""
        parts = []
        for _ in range(self.r.randint(1, 3)):
            x = self.r.random()
            if x < 0.55:
                parts.append(self.digits(0, 4) + self.pick("NAX"))
            elif x < 0.7:
                parts.append(self.digits(0, 2) + "-" + self.digits(1, 5) + self.pick("NAX"))
            elif x < 0.85:
                parts.append("'" + self.pick(["a", "-", ".", "1", " ", "ab", "A"]) + "'")
            else:
                parts.append(self.pick(["...", "0X", "1N", "N", "A", "X", "0"]))
        for i, p in enumerate(parts[:-1]):
            if "-" in p and p[-1] == "X" and p[0] != "'":
                parts[i] = p[:-1] + "N"
        return "".join(parts)

    def pos(self):
        """A position for dynamic-array statements: -2..4."""
        return leaf("p", str(self.r.randint(-2, 4)))


def needle(hole):
    """The LOCATE needle in one string chunk (gen.UNDEFINED locate_chunks)."""
    return 'X = ("." : %s)[2, 9999]' % hole


def c_locate(g, d):
    r = g.r
    order = r.choice(["", "", " BY " + g.pick(ORDERS), " BY O"])
    lvl = r.randint(1, 3)
    where = "D<" + ", ".join("{%d}" % (2 + i) for i in range(lvl)) + ">"
    start = ""  # "D<f>, start" is Pick's form: ScarletDME rejects it
    clause = r.choice(["THEN R = 'Y':P ELSE R = 'N':P", "THEN R = 'Y':P", "ELSE R = 'N':P"])
    fn = r.random() < 0.35
    if fn:  # LOCATE(x, d, f, v; p; order)
        args = ", ".join(["X", "D"] + ["{%d}" % (2 + i) for i in range(r.randint(0, 2))])
        o = r.choice(["", "; " + g.pick(ORDERS), "; O"])
        stmt = "LOCATE(%s; P%s) %s" % (args, o, clause)
    else:
        stmt = "LOCATE X IN %s%s%s SETTING P %s" % (where, start, order, clause)
    holes = [g.expr("s", d - 1), g.expr("s", d - 2)] + [g.pos() for _ in range(3)] + [g.pos()]
    return Case("locate", ["D = {0}", needle("{1}"), "O = %s" % g.pick(ORDERS), 'R = "U"', 'P = "u"',
                           stmt, "R := '/':P"], holes)


def c_find(g, d):
    r = g.r
    kw = r.choice(["FIND", "FINDSTR"])
    occ = r.choice(["", ", {2}"])
    sets = r.choice(["F", "F, V", "F, V, S"])
    clause = r.choice(["THEN R = 'Y' ELSE R = 'N'", "THEN R = 'Y'", "ELSE R = 'N'"])
    return Case("find", ["D = {0}", "X = {1}", 'R = "U"', 'F = "f"; V = "v"; S = "s"',
                         "%s X IN D%s SETTING %s %s" % (kw, occ, sets, clause), "R := '/':F:'/':V:'/':S"],
                [g.expr("s", d - 1), g.expr("s", d - 2), g.pos()])


def c_dynops(g, d):
    """INS/DEL/assignment/INSERT/REPLACE/DELETE on R with edge positions."""
    r = g.r
    holes = [g.expr("s", d - 1)]
    lines = ["R = {0}"]
    for _ in range(r.randint(1, 3)):
        lvl = r.randint(1, 3)
        n = len(holes)
        idx = ", ".join("{%d}" % (n + i) for i in range(lvl))
        holes.extend(g.pos() for _ in range(lvl))
        v = "{%d}" % len(holes)
        holes.append(g.expr("s", d - 2))
        all3 = ", ".join("{%d}" % (n + i) for i in range(lvl)) + ", 0" * (3 - lvl)
        lines.append(r.choice([
            "INS %s BEFORE R<%s>" % (v, idx), "DEL R<%s>" % idx, "R<%s> = %s" % (idx, v),
            "R = INSERT(R, %s; %s)" % (idx, v), "R = REPLACE(R, %s; %s)" % (idx, v),
            "R = DELETE(R, %s)" % all3, "R = INSERT(R, %s, %s)" % (all3, v),
            "R = REPLACE(R, %s, %s)" % (all3, v), "R<%s> := %s" % (idx, v),
        ]))
    return Case("dynops", lines, holes)


def c_remove(g, d):
    r = g.r
    step = r.choice(["  REMOVE X FROM D SETTING C", "  X = REMOVE(D, C)"])
    extra = r.choice(["", "  IF N = 2 THEN SETREM {1} ON D", "  IF N = 1 THEN D := {2}"])
    # SETREM below 0 makes ScarletDME's next REMOVE read the byte before the
    # string (undefined behaviour, FINDINGS S11): the draw is kept (same
    # random stream), the offset taken as 0
    return Case("remove", ["D = {0}", 'R = ""', "N = 0", "LOOP", step, "  N += 1",
                           "  R := X:'/':C:'/':GETREM(D):';'"] + ([extra] if extra else []) +
                ["WHILE C AND N < 25 REPEAT"],
                [g.expr("s", d - 1), leaf("i", str(max(0, r.randint(-1, 12)))), g.expr("s", d - 2)])


def c_strstmt(g, d):
    """CONVERT statement, SWAP/CHANGE functions, field-substring and
    substring assignment, FIELDSTORE."""
    r = g.r
    holes = [g.expr("s", d - 1)]
    lines = ["R = {0}"]
    for _ in range(r.randint(1, 3)):
        n = len(holes)
        a, b, c, x = ("{%d}" % (n + i) for i in range(4))
        holes.extend([g.pos(), g.pos(), g.expr("s", 1), g.expr("s", d - 2)])
        dl = q(g.pick([",", ".", " ", "-", "ab", ""]))
        lines.append(r.choice([
            "CONVERT %s TO %s IN R" % (c, x), "R = SWAP(R, %s, %s)" % (c, x), "R = CHANGE(R, %s, %s)" % (c, x),
            "R = CHANGE(R, %s, %s, %s)" % (c, x, a), "R = CHANGE(R, %s, %s, %s, %s)" % (c, x, a, b),
            "R[%s, %s, %s] = %s" % (dl, a, b, x), "R[%s, %s] = %s" % (a, b, x),
            "R = FIELDSTORE(R, %s, %s, %s, %s)" % (dl, a, b, x),
        ]))
    return Case("strstmt", lines, holes)


def c_matrix(g, d):
    r = g.r
    n, m = r.randint(1, 5), r.choice([0, 0, 2, 3])
    dims = "%d, %d" % (n, m) if m else "%d" % n
    name = "M{L}"
    lines = ["DIM %s(%s)" % (name, dims), "MAT %s = {0}" % name]
    for _ in range(r.randint(1, 3)):
        lines.append(r.choice([
            "MATPARSE %s FROM {1}, %s" % (name, q(g.pick([",", " ", ".", "ab"]))),
            "MATPARSE %s FROM ({1}) USING %s" % (name, g.pick(["@VM", "@FM", '","'])),
            "%s(%s) = {2}" % (name, "1, 1" if m else "%d" % r.randint(0 if not m else 1, n)),
            "DIM %s(%d)" % (name, r.randint(1, 6)) if not m else "DIM %s(%d, %d)" % (name, r.randint(1, 4), r.randint(1, 3)),
        ]))
    lines.append("Z = INMAT()")
    lines.append(r.choice([
        "MATBUILD R FROM %s" % name, "MATBUILD R FROM %s, {3}" % name,
        # not "M, s, e USING x": BCOMP reads "e USING x" as e formatted by a variable USING
        "MATBUILD R FROM %s, {3}, {4}" % name,
        "MATBUILD R FROM %s USING %s" % (name, g.pick(['"-"', "@SM"])),
    ]))
    if not m and r.random() < 0.5:
        lines.append("R := '|':%s(0)" % name)
    lines.append("R := '|':Z:'|':INMAT()")
    return Case("matrix", lines, [g.expr("s", d - 1), g.expr("s", d - 1), g.expr("s", d - 2),
                                  leaf("i", str(r.randint(-1, 6))), leaf("i", str(r.randint(-1, 6)))])


def c_conv(g, d):
    r = g.r
    fn = r.choice(["OCONV", "OCONV", "ICONV", "OCONVS", "ICONVS"])
    code = g.code()
    arg = "{0}"
    if fn.startswith("ICONV") and code[:2] in ("MD", "ML", "MR"):
        arg = 'CHANGE({0}, "$", "")'  # UNDEFINED iconv_md_currency
    return Case("conv", ["X = %s(%s, %s)" % (fn, arg, q(code)), "R = X:'|':STATUS()"],
                [g.expr(r.choice(["s", "n", "n"]), d - 1)])


def t_width(fmt):
    """(width, the format without its width) for a format op_fmt reads as
    T (text) justification with a width above 0, else None."""
    i = 0
    while i < len(fmt) and fmt[i].isdigit():
        i += 1
    if i == 0 or int(fmt[:i]) == 0:
        return None
    rest, j = fmt[i:], 0
    if rest[:1] in ("'", '"'):
        j = 3
    elif rest[:1] and rest[:1].upper() not in "CLRTU":
        j = 1
    if rest[j:j + 1].upper() != "T":
        return None
    return int(fmt[:i]), rest


def c_fmt(g, d):
    """FMT/FMTS with a random mask. A T format with a width whose text
    (the value formatted without the width) ends with a blank is undefined
    behaviour in ScarletDME (gen.UNDEFINED fmt_text_break_blank): the case
    then gives "ub" instead."""
    r = g.r
    fn = r.choice(["FMT", "FMT", "FMTS"])
    fmt = g.fmask()
    hole = [g.expr(r.choice(["s", "n", "n"]), d - 1)]
    tw = t_width(fmt)
    if tw is None:
        return Case("fmt", ["R = %s({0}, %s):'|':STATUS()" % (fn, q(fmt))], hole)
    width, text = tw
    if fn == "FMT":
        risk = "LEN(F) > %d AND F[LEN(F), 1] = ' '" % width
    else:  # any element ending with a blank
        risk = "F[LEN(F), 1] = ' ' OR INDEX(F, ' ':@FM, 1) OR INDEX(F, ' ':@VM, 1) OR INDEX(F, ' ':@SM, 1)"
    return Case("fmt", ["X = {0}", "F = %s(X, %s)" % (fn, q(text)),
                        "IF %s THEN R = 'ub' ELSE R = %s(X, %s):'|':STATUS()" % (risk, fn, q(fmt))], hole)


def c_matches(g, d):
    pat = g.pattern()
    if g.r.random() < 0.3:
        pat2 = "%s:@VM:%s" % (q(pat), q(g.pattern()))
    else:
        pat2 = q(pat)
    return Case("matches", ["R = ({0} MATCHES %s):MATCHFIELD({0}, %s, {1})" % (pat2, q(g.pattern()))],
                [g.expr("s", d - 1), g.pos()])


def c_print(g, d):
    """PRINT with formats and commas, on the case's own line: the printed
    text, then the case's value (empty)."""
    r = g.r
    items = []
    for i in range(r.randint(1, 4)):
        fmt = g.fmask() if r.random() < 0.4 else None
        if fmt is not None and t_width(fmt):
            fmt = t_width(fmt)[1]  # no width: gen.UNDEFINED fmt_text_break_blank
        items.append(("{%d}" % i) + (" " + q(fmt) if fmt is not None else ""))
    seps = [r.choice([", ", ":"]) for _ in items[1:]]
    text = items[0] + "".join(s + it for s, it in zip(seps, items[1:]))
    holes = [g.expr(r.choice(["s", "n"]), d - 2) for _ in items]
    return Case("print", ['PRINT "{L}:":%s:' % text, 'R = "|"'], holes)


def c_loops(g, d):
    r = g.r
    form = r.random()
    g.loopvar = "I"
    body = g.expr("s", d - 2)
    g.loopvar = None
    if form < 0.5:
        a = g.pick(["1", "-2", "0.5", "5", '"3"', "0"])
        b = g.pick(["3", "-1", "4.5", "0", "10", '"2"'])
        step = g.pick(["", " STEP 2", " STEP -1", " STEP 0.25", " STEP -0.5", " STEP 3", " STEP {1}"])
        # the body always grows R, so "IF LEN(R) > 400 THEN EXIT" ends any loop
        # (STEP 0, or I += 1 against a negative step) unless CONTINUE skips it
        inner = r.choice(["", "  IF I > 6 THEN EXIT", "  I += 1"] +
                         ([] if "{1}" in step else ["  IF MOD(I, 2) = 0 THEN CONTINUE"]))
        lines = ['R = ""', "FOR I = %s TO %s%s" % (a, b, step)] + ([inner] if inner else []) + \
            ["  R := I:'=':{0}:','", "  IF LEN(R) > 400 THEN EXIT", "NEXT I", "R := '/':I"]
        return Case("loops", lines, [body, leaf("i", str(r.randint(-3, 3)))])
    lines = ['R = ""', "I = 0", "LOOP", "  I += 1"]
    # I grows every time round and WHILE ends the loop at 6 whatever the order
    lines += r.sample(["  IF I = {1} THEN CONTINUE", "WHILE I < 6", "UNTIL I > {1} + 2", "  R := {0}:','"], 4)
    lines.append("REPEAT")
    return Case("loops", lines + ["R := '/':I"], [body, leaf("i", str(r.randint(-1, 5)))])


def c_case(g, d):
    r = g.r
    lines = ["BEGIN CASE"]
    holes = []
    for i in range(r.randint(1, 4)):
        holes.extend([g.expr("b", d - 1), g.expr("s", d - 2)])
        lines += ["  CASE {%d}" % (2 * i), "    R = {%d}" % (2 * i + 1)]
    lines.append("END CASE")
    return Case("case", ['R = "none"'] + lines, holes)


def c_gosub(g, d):
    r = g.r
    if r.random() < 0.5:  # ON n GOSUB: out-of-range n goes to the first or last label
        lines = ['R = ""', "ON {0} GOSUB A{L}, B{L}, A{L}", "GOTO E{L}",
                 "A{L}: R := 'a':{1}", "RETURN", "B{L}: R := 'b'", "RETURN", "E{L}: R := '.'"]
        return Case("gosub", lines, [leaf("i", str(r.randint(-1, 5))), g.expr("s", d - 2)])
    lines = ['R = ""', "N = 0", "GOSUB A{L}", "GOTO E{L}", "A{L}: N += 1", "R := {0}:','",
             "IF N < {1} THEN GOSUB A{L}", "RETURN", "E{L}: R := N"]
    return Case("gosub", lines, [g.expr("s", d - 2), leaf("k", str(r.randint(0, 4)))])


def c_local(g, d):
    r = g.r
    args = r.randint(1, 2)
    params = ", ".join("A%d" % i for i in range(args))
    body = r.choice(["   RETURN A0:'|':%s", "   PRIVATE T\n   T = A0\n   T := %s\n   RETURN T",
                     "   A0 = %s\n   RETURN A0"])
    tail = ["LOCAL FUNCTION F{L}(%s)" % params] + (body % "{2}").split("\n") + ["END"]
    call_args = ", ".join(["V"] + ["{1}"] * (args - 1))
    return Case("local", ["DEFFUN F{L}(%s) LOCAL" % params, "V = {0}", "R = F{L}(%s):'/':V" % call_args],
                [g.expr("s", d - 1), g.expr("s", d - 2), g.expr("s", d - 2)], tail=tail)


def iconvs(code):
    """ICONVS of a string; MD codes of a string with "$" are undefined
    behaviour in ScarletDME (gen.UNDEFINED iconv_md_currency)."""
    arg = 'CHANGE({0}, "$", "")' if code.startswith("MD") else "{0}"
    return "ICONVS(%s, %s)" % (arg, q(code))


def c_intr(g, d):
    """Intrinsics the default profile does not draw."""
    r = g.r
    n, i, k, p = "n", "i", "k", "p"
    forms = [
        ("COMPARE({0}, {1})", ["s", "s"]), ("COMPARE({0}, {1}, %s)" % q(g.pick(["L", "R", "AL", "X"])), ["s", "s"]),
        ("CROP({0})", ["s"]), ("FOLDS({0}, {1} + 1)", ["s", k]), (iconvs(g.pick(["MD2", "D", "MCU"])), ["s"]),
        ("IDIV({0}, (ABS({1}) + 1))", [n, n]), ("RDIV({0}, (ABS({1}) + 1))", [n, n]),
        ("IFS({0}, {1}, {2})", ["nd", "s", "s"]), ("INDEXS({0}, {1}, {2})", ["s", "s", k]),
        ("INDICES({0}, {1})", ["s", "s"]), ("LISTINDEX({0}, %s, {1})" % q(g.pick([",", " ", "."])), ["s", "s"]),
        ("MAXIMUM({0})", ["nd"]), ("MINIMUM({0})", ["nd"]), ("MODS({0}, {1})", ["nd", "nd"]),
        ("NEGS({0})", ["nd"]), ("SHIFT({0}, {1})", [i, "i"]), ("SUBSTITUTE({0}, {1}, {2})", ["s", "s", "s"]),
        ("SUBSTITUTE({0}, {1}, {2}, %s)" % q(g.pick([",", " "])), ["s", "s", "s"]),
        ("SUBSTRINGS({0}, {1}, {2})", ["s", p, k]), ("SUMMATION({0})", ["nd"]), ("TRIMBS({0})", ["s"]),
        ("TRIMFS({0})", ["s"]), ("VSLICE({0}, {1})", ["s", p]), ("XTD({0})", ["s"]), ("ASCII({0})", ["s"]),
        ("EBCDIC({0})", ["s"]), ("CHECKSUM({0})", ["s"]), ("BITNOT({0})", [i]), ("BITSET({0}, {1})", [i, k]),
        ("BITRESET({0}, {1})", [i, k]), ("BITTEST({0}, {1})", [i, k]), ("ATAN({0})", [n]), ("TAN({0})", [i]),
        ("ACOS({0} / 100)", [k]), ("ASIN({0} / 100)", [k]), ("SOUNDEXS({0}[1, 20])", ["s"]), ("CSVDQ({0})", ["s"]),
        ("MATCHFIELD({0}, %s, {1})" % q(g.pattern()), ["s", p]), ("VARTYPE({0})", ["s"]),
        ("ANDS({0}, {1})", ["s", "s"]), ("SPLICE({0}, {1}, {2})", ["nd", "s", "nd"]),
        ("FIELD({0}, {1}, {2}, {3})", ["s", "s", p, k]), ("COUNT({0}, {1})", ["s", "s"]),
        ("INDEX({0}, {1}, {2})", ["s", "s", p]), ("DCOUNT({0}, {1})", ["s", "s"]),
        ("TRIM({0}, {1}, %s)" % q(g.pick(list("LTBARFED"))), ["s", "s"]), ("SEQ({0})", ["s"]),
        ("CHAR({0})", [i]), ("STR({0}, {1})", ["s", k]), ("SPACE({0})", [k]),
    ]
    tmpl, kids = r.choice(forms)
    return Case("intr", ["R = " + tmpl], [g.expr(t, d - 1) for t in kids])


def c_edge(g, d):
    """Comparisons and guarded arithmetic on edge values (never stops)."""
    r = g.r
    a = leaf("s", g.pick(STREDGE + NUMEDGE))
    b = g.expr(r.choice(["s", "n"]), d - 2)
    op = g.pick(["=", "#", "<", ">", "<=", ">="])
    ar = g.pick(["+", "-", "*", "/", ":"])
    # BASIC evaluates every operand of AND: the arithmetic is nested in IFs
    return Case("edge", ["X = {0}", "Y = {1}", "R = (X %s Y):NUM(X):NUM(Y)" % op,
                         "IF NUM(X) AND NUM(Y) THEN IF '%s' # '/' OR Y + 0 # 0 THEN R := '|':(X %s Y)" % (ar, ar),
                         "R := '|':LEN(X):'|':(X = 0):(X = ''):(X = -0)"], [a, b])


def c_risky(g, d):
    """Arithmetic on a value that may not be numeric, or beyond 64 bits
    (last case of a program: ScarletDME may stop here)."""
    r = g.r
    a = leaf("s", g.pick(STREDGE + NUMEDGE + ['"abc"', '"12a"']))
    form = r.choice(["R = {0} + {1}", "R = {0} * {1}", "R = -{0}", "R = INT({0})", "R = ABS({0}) * 2",
                     "R = {1} * 2147483647 * 2147483647 * 1000000", "R = ({1} * 1E9) * 1E9",
                     "R = {0}", "R = {1} / ({0} + 0)", "R = MOD({1}, {0})", "R = SQRT({0})",
                     "R = 1; R += {0}", "R = {0} < {1} + 1"])
    form = form.replace("1E9", "1000000000")
    return Case("risky", form.split("; "), [a, g.expr("n", d - 2)])


KINDS = [  # (weight, maker)
    (8, c_locate), (4, c_find), (8, c_dynops), (4, c_remove), (7, c_strstmt), (5, c_matrix),
    (8, c_conv), (6, c_fmt), (4, c_matches), (4, c_print), (5, c_loops), (3, c_case), (3, c_gosub),
    (3, c_local), (8, c_intr), (4, c_edge),
]

CASES_PER_PROGRAM = 30


def make_case(g, depth=4):
    maker = g.r.choices([k[1] for k in KINDS], weights=[k[0] for k in KINDS])[0]
    return maker(g, depth)


def make_program(seed, ncases=CASES_PER_PROGRAM, exclude=tuple(gen.KNOWN_UNFIXED)):
    """The cases of program ``seed`` in profile stmts; every other program
    ends with a risky case."""
    g = StmtGen(seed, exclude)
    cases = [make_case(g) for _ in range(ncases)]
    if g.r.random() < 0.5:
        cases[-1] = c_risky(g, 3)
    return cases
