"""Seeded generator of random but valid ScarletDME BASIC programs.

A program is a list of independent *cases*. Each case sets the variable R
(from expressions, intrinsics, conversions or a small piece of control
flow), turns its marks into printable characters and prints one line
``C<n>:<value>``. Cases share no state, so one differing line is one
self-contained bug, and the minimiser can take a case out on its own.

Expressions are typed trees. The types carry the invariants that keep a
program valid on ScarletDME (a numeric slot never gets a non-numeric
string, a divisor is never zero, a count or position stays small):

* ``s``  any string (may hold marks)
* ``n``  any number
* ``i``  an integer
* ``k``  an integer 0..9 (counts, repeat factors)
* ``p``  a position: -1..9
* ``b``  0 or 1 (conditions)
* ``nd`` a dynamic array of numbers (empty elements allowed)

``SUBTYPES[t]`` lists the types whose values are valid where ``t`` is
expected; the minimiser uses it to replace a node by a smaller one.

Same seed, same program (``random.Random(seed)``; no other input).
"""

import random

# Known-unfixed classes of difference that the generator leaves out by
# default (each one is a compile error in mvbasic that would hide every
# other line of a program). Every class is listed, with its regression
# program, in FINDINGS.md; `--all` (``exclude=()``) generates them again.
KNOWN_UNFIXED = {
    "int32_overflow": "ScarletDME stops with 'Numeric overflow' for date/time conversions and DTX "
                      "of numbers beyond 32 bits (mvbasic returns a value): their argument is "
                      "generated inside REM(x, 1000000)",
}

# Forms whose ScarletDME result is undefined behaviour in its C code (the
# output depends on the C library or on uninitialised memory), so there is
# no behaviour to match: never generated, not even with --all (FINDINGS.md,
# "Undefined behaviour in ScarletDME").
UNDEFINED = {
    "oconv_di": "OCONV(x, \"DI\"): the ISO week of oconv_d uses an uninitialised variable "
                "(OCONV(0.5, \"DI\") = -1034322024, OCONV(1, \"DI\") = 00)",
    "swapcase_chunks": "SWAPCASE of a computed string: op_swapcase stops advancing at the first "
                       "non-letter of each internal string chunk, so the result depends on how "
                       "ScarletDME happened to chunk the string in memory; generated on a literal "
                       "(one chunk), where it is defined",
    "locate_chunks": "LOCATE with a needle held in several internal chunks: at a mark (or the "
                     "end of the searched string) op_locate tests only the needle's current chunk "
                     "for exhaustion, so an item equal to the needle's first chunk is 'found' "
                     "(X = REPLACE(\"10\", 2, 0, 0, \"zz\"): LOCATE X IN \"10\"<1> gives Y1); the "
                     "needle is copied into one chunk first, X = (\".\" : x)[2, 9999]",
    "iconv_md_currency": "ICONV MD/ML/MR of a string holding \"$\": the currency prefix is removed "
                         "with an overlapping strcpy (\"$1.00\" MD0 = 1000 with this glibc); the "
                         "argument's \"$\" are taken out with CHANGE first",
    "fmt_text_break_blank": "FMT/FMTS/PRINT with a T (text) format with a width, where the text "
                            "(the value after decimals, sign, currency, commas and mask) is longer "
                            "than the width and a break falls on its final blank: op_fmt's "
                            "insert_text_breaks skips that blank but counts it, so the result ends "
                            "with one byte of its uninitialised buffer (NUL, a blank, 'b', a mark: "
                            "the stack left by earlier calls; FMT(5, \"1T0M\") is \"5b\"). gen_stmts "
                            "gives such FMT cases \"ub\" and prints PRINT's T formats without the width",
    "matches_range_x": "MATCHES/MATCHFIELD with a range n-mX followed by more template: "
                       "match_template tries the m-n positions after the first n characters "
                       "without stopping at the end of the subject, so it reads leftover heap "
                       "bytes past the string's NUL (MATCHFIELD(\"-\", \"1-5X3X\", 1) is \"-\" or "
                       "\"\" from one program to another); gen_stmts draws n-mX as a template's "
                       "last element only",
    "soundex_chunks": "SOUNDEX of a string in several internal chunks: op_soundex's 'break' at "
                      "four codes leaves only the inner loop, so letters in later chunks are "
                      "written past its 5-byte buffer (ScarletDME ends with a segmentation fault, "
                      "seed 8850); generated on the first 20 characters (one chunk)",
}

SUBTYPES = {
    "b": ("b",),
    "k": ("k", "b"),
    "p": ("p", "k", "b"),
    "i": ("i", "p", "k", "b"),
    "n": ("n", "i", "p", "k", "b"),
    "nd": ("nd", "n", "i", "p", "k", "b"),
    "s": ("s", "nd", "n", "i", "p", "k", "b"),
}

# The smallest value of each type, tried first when shrinking.
MIN_LEAF = {"b": "1", "k": "1", "p": "1", "i": "1", "n": "1", "nd": "1", "s": '"a"'}


class Node:
    """One expression: ``tmpl`` formatted with the rendered ``kids``."""

    __slots__ = ("typ", "tmpl", "kids")

    def __init__(self, typ, tmpl, kids=()):
        self.typ = typ
        self.tmpl = tmpl
        self.kids = list(kids)

    def render(self):
        if not self.kids:
            return self.tmpl
        return self.tmpl.format(*[k.render() for k in self.kids])

    def size(self):
        return 1 + sum(k.size() for k in self.kids)


def leaf(typ, text):
    return Node(typ, text)


def q(text):
    """A BASIC string literal (the pools never hold both quote kinds)."""
    return "'" + text + "'" if '"' in text else '"' + text + '"'


STRINGS = [
    "", "abc", "ABC", "Hello World", "  a  b  ", "x,y,z", "a.b.c", "007", "1.50", "-3",
    "Mixed Case 123", "a b c d", "The quick brown fox", "x", "1,234.56", "$12", "aaa",
    "abcabc", " lead", "trail ", "a,,b", "A1B2C3", "12", "0", "-0", "3.0", "1E3", "+4",
    "5.", ".5", "zZ", "a-b-c", "#*#", "it's", 'say "hi"', "Zebra", "apple", "10", "9",
]
NUMS = [
    "0", "1", "-1", "2", "3", "7", "10", "100", "-42", "12345", "99999", "1000000",
    "2147483647", "-2147483648", "0.5", "1.25", "-3.75", "3.14159", "0.001", "123.456",
    "0.0001", "99.995", "1.005", "-0.5", "2.5", "1234567.891", "0.00001", "4294967296",
]
NUMSTRS = ['"007"', '"1.50"', '"-3"', '".5"', '"+4"', '"5."', '""', '"-0"', '"3.0"', '"12"', '"-.25"']
DELIMS = [",", ".", " ", "a", "-", "", "ab", "/"]
MARKS = ["@FM", "@VM", "@SM", "@TM"]
NCODES = [
    "MD2", "MD0", "MD2,", "MD2$", "MD2-", "MD23", "MD2,$", "MR2", "ML2", "MD4", "MD2C", "MD2D",
    "MD2Z", "MD2<", "MR2,", "MD1P", "MD22", "MD33", "MR0,", "MD2T", "D", "D2/", "D4-", "D2",
    "DE", "D4/E", "DMA", "DW", "DWA", "DQ", "DJ", "DY", "DD", "DM", "D2-", "MT", "MTH",
    "MTS", "MTHS", "MX", "MO", "MB", "L0,5", "R1,100", "R-5,5", "MX0C", "MCX", "DY2", "D/",
]
SCODES = [
    "MCU", "MCL", "MCT", "MCA", "MCN", "MC/A", "MC/N", "MCP", "G0,1", "G1,2",
    "G1.1", "G0 2", "L2", "L0,3", "MCB", "MCX", "MX0C", "P(3A)", "P(1N)", "P(3N)",
    "MCC;a;b", "MCS", "", "MD2", "D2/",
]
ICODES = ["MD2", "MD0", "MR2", "MD2,", "MD2$", "D", "D2/", "D4-", "DE", "MT", "MTH", "MTS", "MX", "MO", "MB", "MCU", "MCN", "MC/N", "MD22", "G0,1"]
ISTRS = [
    "12.34", "1,234.56", "-5", "abc", "01/15/2000", "15 JAN 2000", "12:30", "12:30PM",
    "FF", "777", "1011", "", "3.5-", "(4.25)", "$1.00", "2000-01-15", "31/12/1999", "23:59:59",
    "1A", "0.005", "12.345", "7", "01 01 70", "JAN 1 2000", "1PM",
]
FCODES = [
    "10L", "10R", "5L", "R2", "L2", "R2,", "R2$", "10R2", "12R2,$", "8'*'R", "R#10", "L#5",
    "C#6", "R0", "Z", "10R2Z", "###-####", "R##-##", "L(###)", "3L", "10C", "6*R", "MD2",
    "R4", "L#2", "10R0,", "R2-", "R2D", "R2C", "6R2E", "10R2<", "0R2", "10.R",
]
PATTERNS = ["3N", "1A0X", "...", "0N'.'0N", "1X1N", "0X", "2A", "1N0N", "'a'0X", "0A", "4X", "1-3N"]
LOCATE_ORDERS = ['"AL"', '"AR"', '"DL"', '"DR"']


class Gen:
    """Draws typed expression trees from one seeded random stream."""

    def __init__(self, seed, exclude=tuple(KNOWN_UNFIXED)):
        self.r = random.Random(seed)
        self.ex = set(exclude)
        self.loopvar = None  # name of an integer loop variable in scope

    def pick(self, seq):
        return self.r.choice(seq)

    # ---- leaves -------------------------------------------------------
    def leaf_of(self, typ):
        r = self.r
        if typ == "b":
            return leaf("b", self.pick(["0", "1"]))
        if typ == "k":
            if self.loopvar and r.random() < 0.3:
                return Node("k", "MOD(ABS({0}),10)", [leaf("i", self.loopvar)])
            return leaf("k", str(r.randint(0, 9)))
        if typ == "p":
            return leaf("p", str(r.randint(-1, 9)))
        if typ == "i":
            if self.loopvar and r.random() < 0.4:
                return leaf("i", self.loopvar)
            return leaf("i", str(r.randint(-20, 30)))
        if typ == "n":
            x = r.random()
            if x < 0.6:
                return leaf("n", self.pick(NUMS))
            if x < 0.75:
                return leaf("n", self.pick(NUMSTRS))
            return leaf("n", "-" + self.pick([x for x in NUMS[1:] if not x.startswith("-")]))
        if typ == "nd":
            parts = [self.pick(NUMS + ['""']) for _ in range(r.randint(2, 5))]
            out = parts[0]
            for p in parts[1:]:
                out += ":" + self.pick(MARKS[:3]) + ":" + p
            return leaf("nd", out)
        # s
        x = r.random()
        if x < 0.55:
            return leaf("s", q(self.pick(STRINGS)))
        if x < 0.85:
            parts = [q(self.pick(STRINGS[:20])) for _ in range(r.randint(2, 5))]
            out = parts[0]
            for p in parts[1:]:
                out += ":" + self.pick(MARKS) + ":" + p
            return leaf("s", out)
        return self.leaf_of("n")

    # ---- productions ----------------------------------------------------
    def expr(self, typ, depth):
        if depth <= 0 or self.r.random() < 0.25:
            return self.leaf_of(typ)
        prods = getattr(self, "p_" + typ)()
        w = [p[0] for p in prods]
        _, tmpl, kids = self.r.choices(prods, weights=w)[0]
        if callable(tmpl):
            return tmpl(depth)
        return Node(typ, tmpl, [self.expr(t, depth - 1) for t in kids])

    def lit(self, typ, text):
        return lambda depth: leaf(typ, text)

    def p_b(self):
        ops = ["=", "#", "<", ">", "<=", ">="]
        return [
            (4, "({0} %s {1})" % self.pick(ops), ["n", "n"]),
            (4, "({0} %s {1})" % self.pick(ops), ["s", "s"]),
            (1, "NOT({0})", ["n"]),
            (1, "({0} AND {1})", ["b", "b"]),
            (1, "({0} OR {1})", ["b", "b"]),
            (2, "NUM({0})", ["s"]),
            (1, "ALPHA({0})", ["s"]),
            (2, "({0} MATCHES %s)" % q(self.pick(PATTERNS)), ["s"]),
            (1, "({0} = {1})", ["s", "n"]),
        ]

    def p_k(self):
        return [(3, "MOD(ABS(INT({0})),10)", ["n"]), (2, "{0}", ["b"]), (1, "MOD(LEN({0}),10)", ["s"])]

    def p_p(self):
        return [(3, "MOD(ABS(INT({0})),11)-1", ["n"]), (1, "{0}", ["k"])]

    def p_i(self):
        return [
            (3, "LEN({0})", ["s"]),
            (2, "INDEX({0}, {1}, {2})", ["s", "s", "k"]),
            (2, "COUNT({0}, {1})", ["s", "s"]),
            (2, "DCOUNT({0}, %s)" % self.pick(MARKS + ['","', '" "', '""']), ["s"]),
            (1, "SEQ({0})", ["s"]),
            (2, "INT({0})", ["n"]),
            (2, "({0} + {1})", ["i", "i"]),
            (2, "({0} - {1})", ["i", "i"]),
            (1, "({0} * {1})", ["i", "i"]),
            (1, "MOD({0}, %s)" % self.pick(["3", "-3", "7", "10", "2"]), ["i"]),
            (1, "REM({0}, %s)" % self.pick(["3", "-3", "7", "10", "2"]), ["i"]),
            (1, "ABS({0})", ["i"]),
            (1, "BITAND({0}, {1})", ["k", "i"]),
            (1, "BITOR({0}, {1})", ["k", "k"]),
            (1, "BITXOR({0}, {1})", ["k", "k"]),
            (1, "DIV({0}, %s)" % self.pick(["3", "-3", "7", "2"]), ["i"]),
            (1, "{0}", ["k"]),
        ]

    def p_n(self):
        return [
            (3, "({0} + {1})", ["n", "n"]),
            (3, "({0} - {1})", ["n", "n"]),
            (3, "({0} * {1})", ["n", "n"]),
            (3, "({0} / (ABS({1}) + 1))", ["n", "n"]),
            (2, "({0} / %s)" % self.pick(["2", "3", "7", "-4", "0.5", "1000", "3.0"]), ["n"]),
            (1, "MOD({0}, (ABS({1}) + 1))", ["n", "n"]),
            (1, "REM({0}, %s)" % self.pick(["3", "-3", "2.5", "7"]), ["n"]),
            (2, "INT({0})", ["n"]),
            (2, "ABS({0})", ["n"]),
            (1, "-{0}", ["n"]),
            (1, "NEG({0})", ["n"]),
            (1, "SQRT(ABS({0}))", ["n"]),
            (1, "PWR({0}, %s)" % self.pick(["0", "1", "2", "3"]), ["i"]),
            (1, "PWR(ABS({0}), 0.5)", ["n"]),
            (1, "({0} ** 2)", ["i"]),
            (1, "EXP(MOD({0}, 10))", ["i"]),
            (1, "LN(ABS({0}) + 1)", ["n"]),
            (1, "SIN({0})", ["i"]),
            (1, "COS({0})", ["i"]),
            (1, "MAX({0}, {1})", ["n", "n"]),
            (1, "MIN({0}, {1})", ["n", "n"]),
            (2, "SUM(SUM(SUM({0})))", ["nd"]),
            (1, "{0}", ["i"]),
            (1, "{0}", ["b"]),
        ]

    def p_nd(self):
        m = self.pick(MARKS[:3])
        return [
            (1, "ABSS({0})", ["nd"]),
            (1, "NOTS({0})", ["nd"]),
            (1, "ANDS({0}, {1})", ["nd", "nd"]),
            (1, "ORS({0}, {1})", ["nd", "nd"]),
            (1, "%s({0}, {1})" % self.pick(["EQS", "NES", "LTS", "GTS", "LES", "GES"]), ["nd", "nd"]),
            (2, "{0}:%s:{1}" % m, ["n", "n"]),
            (1, "{0}", ["n"]),
        ]

    def p_s(self):
        m = self.pick(MARKS)
        tmode = self.pick(["L", "T", "B", "A", "R", "F", "E", "D"])
        semi = "semicolon" in self.ex
        x = "({0})" if "literal_extract" in self.ex else "{0}"
        return [
            (4, "{0}:{1}", ["s", "s"]),
            (1, "{0}:%s:{1}" % m, ["s", "s"]),
            (2, "UPCASE({0})", ["s"]),
            (2, "DOWNCASE({0})", ["s"]),
            (1, self.swapcase, None),
            (2, "TRIM({0})", ["s"]),
            (1, "TRIM({0}, %s, %s)" % (q(self.pick([" ", "a", ",", "0"])), q(tmode)), ["s"]),
            (1, "TRIMF({0})", ["s"]),
            (1, "TRIMB({0})", ["s"]),
            (3, "{0}[{1}]", ["s", "p"]),
            (3, "{0}[{1}, {2}]", ["s", "p", "k"]),
            (0 if "field_substring" in self.ex else 1, "{0}[%s, {1}, {2}]" % q(self.pick(DELIMS[:5])), ["s", "p", "k"]),
            (3, "FIELD({0}, %s, {1})" % q(self.pick(DELIMS)), ["s", "p"]),
            (2, "FIELD({0}, %s, {1}, {2})" % q(self.pick(DELIMS)), ["s", "p", "k"]),
            (1, "STR({0}, {1})", ["s", "k"]),
            (1, "SPACE({0})", ["k"]),
            (2, "CHANGE({0}, {1}, {2})", ["s", "s", "s"]),
            (1, "CONVERT({0}, {1}, {2})", ["s", "s", "s"]),
            (4, self.oconv_n, None),
            (3, "OCONV({0}, %s)" % q(self.pick(SCODES)), ["s"]),
            (3, self.iconv, None),
            (4, "FMT({0}, %s)" % q(self.pick(FCODES)), ["n"]),
            (2, "FMT({0}, %s)" % q(self.pick(FCODES)), ["s"]),
            (1, "SQUOTE({0})", ["s"]),
            (1, "DQUOTE({0})", ["s"]),
            (1, "CHAR(%d)" % self.pick([32, 33, 48, 65, 97, 126, 127, 128, 200, 250, 251, 252, 253, 254, 255, 0]), []),
            (1, "FOLD({0}, %d)" % self.r.randint(1, 8), ["s"]),
            (3, x + "<{1}>", ["s", "p"]),
            (2, x + "<{1}, {2}>", ["s", "p", "p"]),
            (1, x + "<{1}, {2}, {3}>", ["s", "p", "p", "p"]),
            (1, "EXTRACT({0}, {1}, {2}, {3})", ["s", "p", "p", "p"]),
            (2, "INSERT({0}, {1}, {2}, {3}, {4})", ["s", "p", "p", "p", "s"]),
            (0 if semi else 1, "INSERT({0}, {1}; {2})", ["s", "p", "s"]),
            (2, "DELETE({0}, {1}, {2}, {3})", ["s", "p", "p", "p"]),
            (2, "REPLACE({0}, {1}, {2}, {3}, {4})", ["s", "p", "p", "p", "s"]),
            (0 if semi else 1, "REPLACE({0}, {1}, {2}; {3})", ["s", "p", "p", "s"]),
            (1, "LOWER({0})", ["s"]),
            (1, "RAISE({0})", ["s"]),
            (1, "CATS({0}, {1})", ["s", "s"]),
            (1, "SOUNDEX({0}[1, 20])", ["s"]),  # UNDEFINED: soundex_chunks
            (1, "DTX(%s)" % self.int32("{0}"), ["i"]),
            (1, "QUOTE({0})", ["s"]),
            (1, "SPACES({0})", ["k"]),
            (1, "FIELDS({0}, %s, {1})" % q(self.pick(DELIMS[:5])), ["s", "p"]),
            (1, "%s({0}, {1})" % self.pick(["EQS", "NES", "LTS", "GTS", "LES", "GES"]), ["s", "s"]),
            (1, "STRS({0}, {1})", ["s", "k"]),
            (1, "LENS({0})", ["s"]),
            (1, "NUMS({0})", ["s"]),
            (1, "COUNTS({0}, {1})", ["s", "s"]),
            (1, "SUM({0})", ["nd"]),
            (1, "TRIMS({0})", ["s"]),
            (1, "SPLICE({0}, {1}, {2})", ["s", "s", "s"]),
            (1, "OCONVS({0}, %s)" % q(self.pick([c for c in NCODES if c[:2] in ("MD", "MR", "D", "D2", "D4", "DE")])), ["nd"]),
            (1, "FMTS({0}, %s)" % q(self.pick(FCODES)), ["nd"]),
            (2, "{0}", ["nd"]),
        ]

    def int32(self, arg):
        """``arg`` kept inside 32 bits where ScarletDME stops with 'Numeric
        overflow' beyond them (known class, FINDINGS.md: int32_overflow)."""
        return "REM(%s, 1000000)" % arg if "int32_overflow" in self.ex else arg

    def oconv_n(self, depth):
        code = self.pick(NCODES)
        arg = "{0}"
        if code[0] == "D" or code.startswith("MT"):
            arg = self.int32(arg)
        return Node("s", "OCONV(%s, %s)" % (arg, q(code)), [self.expr("n", depth - 1)])

    def swapcase(self, depth):
        """SWAPCASE of a literal (UNDEFINED: swapcase_chunks)."""
        return Node("s", "SWAPCASE(%s)" % q(self.pick(STRINGS)))

    def iconv(self, depth):
        code = self.pick(ICODES)
        md = code[:2] in ("MD", "MR", "ML")  # UNDEFINED: iconv_md_currency
        if self.r.random() < 0.6:
            text = self.pick([x for x in ISTRS if "$" not in x] if md else ISTRS)
            return Node("s", "ICONV(%s, %s)" % (q(text), q(code)))
        arg = 'CHANGE({0}, "$", "")' if md else "{0}"
        return Node("s", "ICONV(%s, %s)" % (arg, q(code)), [self.expr("s", depth - 1)])


class Case:
    """A few statements (``lines``, holes ``{0}``... filled with ``holes``)
    that leave a value in R; rendered with the lines that print it."""

    __slots__ = ("kind", "lines", "holes", "post", "tail")

    def __init__(self, kind, lines, holes, post=(), tail=()):
        self.kind = kind
        self.lines = list(lines)
        self.holes = list(holes)
        self.post = list(post)  # statements after the PRINT (restore state)
        # internal routines (LOCAL FUNCTION ...) placed after the main program
        # (profile stmts; the default profile has none)
        self.tail = list(tail)

    def render(self, cid):
        """The case's lines; ``{L}`` in a line is the case id (unique names
        for labels, matrices and local routines of one program)."""
        vals = [h.render() for h in self.holes]
        out = [ln.format(*vals, L=cid) for ln in self.lines]
        out.append("CONVERT @FM:@VM:@SM:@TM TO '^]\\~' IN R")
        out.append('PRINT "%s:":R' % cid)
        out.extend(self.post)
        return out

    def render_tail(self, cid):
        vals = [h.render() for h in self.holes]
        return [ln.format(*vals, L=cid) for ln in self.tail]

    def size(self):
        return len(self.lines) + sum(h.size() for h in self.holes)


def make_case(g, depth=4):
    """One random case."""
    r = g.r
    kind = r.choices(
        ["expr", "if", "for", "loop", "case", "locate", "substr_assign", "field_assign",
         "ins_del", "remove", "compound", "convert", "precision", "fsub_assign", "numexpr"],
        weights=[30, 5, 5, 3, 3, 4, 3, 4, 3, 2, 3, 2, 3, 0 if "field_substring" in g.ex else 2, 15],
    )[0]
    e = g.expr
    if kind == "expr":
        return Case(kind, ["R = {0}"], [e("s", depth)])
    if kind == "numexpr":
        return Case(kind, ["R = {0}"], [e("n", depth)])
    if kind == "if":
        return Case(kind, ["IF {0} THEN R = {1} ELSE R = {2}"], [e("b", depth - 1), e("s", depth - 1), e("s", depth - 1)])
    if kind == "for":
        a, b = r.randint(-3, 5), r.randint(-3, 8)
        step = r.choice(["", " STEP 2", " STEP -1", " STEP 0.5", " STEP 3", " STEP -2"])
        g.loopvar = "I"
        body = e(r.choice(["s", "n"]), depth - 1)
        g.loopvar = None
        acc = r.choice(["R := {0}:','", "R += {0}"]) if False else "R := {0}:','"
        return Case(kind, ['R = ""', "FOR I = %d TO %d%s" % (a, b, step), acc, "NEXT I"], [body])
    if kind == "loop":
        lim = r.randint(0, 6)
        g.loopvar = "N"
        body = e("s", depth - 1)
        g.loopvar = None
        form = r.choice([
            ['R = ""', "N = 0", "LOOP", "  N += 1", "UNTIL N > %d DO" % lim, "  R := {0}:'|'", "REPEAT"],
            ['R = ""', "N = 0", "LOOP WHILE N < %d" % lim, "  N += 1", "  R := {0}:'|'", "REPEAT"],
        ])
        return Case(kind, form, [body])
    if kind == "case":
        return Case(kind, ["BEGIN CASE", "  CASE {0}", "    R = {1}", "  CASE {2}", "    R = {3}",
                           "  CASE 1", "    R = {4}", "END CASE"],
                    [e("b", depth - 1), e("s", depth - 2), e("b", depth - 1), e("s", depth - 2), e("s", depth - 2)])
    if kind == "locate":
        order = r.choice(["", " BY " + g.pick(LOCATE_ORDERS)])
        where = r.choice(["D<{2}>", "D<{2},{3}>", "D<1>", "D<1,1>"])
        # the value goes through X: "LOCATE (" would be the LOCATE(...) function form;
        # a substring of a concatenation holds it in one chunk (UNDEFINED: locate_chunks)
        return Case(kind, ["D = {0}", 'X = ("." : {1})[2, 9999]', "LOCATE X IN %s%s SETTING P THEN R = 'Y':P ELSE R = 'N':P" % (where, order)],
                    [e("s", depth - 1), e("s", depth - 2), leaf("k", str(r.randint(1, 4))), leaf("k", str(r.randint(1, 4)))])
    if kind == "substr_assign":
        return Case(kind, ["R = {0}", "R[{1}, {2}] = {3}"], [e("s", depth - 1), g.leaf_of("p"), g.leaf_of("k"), e("s", depth - 2)])
    if kind == "field_assign":
        form = r.choice(["R<{1}> = {3}", "R<{1}, {2}> = {3}", "R<{1}, {2}, 1> = {3}"])
        return Case(kind, ["R = {0}", form], [e("s", depth - 1), g.leaf_of("p"), g.leaf_of("p"), e("s", depth - 2)])
    if kind == "ins_del":
        form = r.choice(["INS {3} BEFORE R<{1}>", "INS {3} BEFORE R<{1}, {2}>", "DEL R<{1}>", "DEL R<{1}, {2}>"])
        return Case(kind, ["R = {0}", form], [e("s", depth - 1), g.leaf_of("p"), g.leaf_of("p"), e("s", depth - 2)])
    if kind == "remove":
        return Case(kind, ["D = {0}", 'R = ""', "X = 0", "LOOP", "  REMOVE X FROM D SETTING C",
                           "  R := X:'/':C:';'", "WHILE C REPEAT"], [e("s", depth - 1)])
    if kind == "compound":
        ops = r.choice([["R += {1}"], ["R -= {1}"], ["R *= {1}"], ["R += {1}", "R *= {2}"], ["R /= (ABS({1}) + 1)"]])
        return Case(kind, ["R = {0}"] + ops, [e("n", depth - 1), e("n", depth - 1), e("n", depth - 2)])
    if kind == "convert":
        return Case(kind, ["R = {0}", "CONVERT {1} TO {2} IN R"], [e("s", depth - 1), e("s", 1), e("s", 1)])
    if kind == "precision":
        pr = r.randint(0, 9)
        return Case(kind, ["PRECISION %d" % pr, "R = {0}"], [e("n", depth)], post=["PRECISION 4"])
    # fsub_assign: field-substring assignment S[d, f, n] = x
    return Case(kind, ["R = {0}", "R[%s, {1}, {2}] = {3}" % q(g.pick([",", ".", " ", "-"]))],
                [e("s", depth - 1), g.leaf_of("p"), g.leaf_of("k"), e("s", depth - 2)])


CASES_PER_PROGRAM = 40


def make_program(seed, ncases=CASES_PER_PROGRAM, exclude=tuple(KNOWN_UNFIXED)):
    """The cases of program ``seed``."""
    g = Gen(seed, exclude)
    return [make_case(g) for _ in range(ncases)]


def render_program(cases, ids=None, header=None):
    """Program text; ``ids`` names each case (default C1, C2, ...)."""
    lines = []
    if header:
        lines.extend("* " + h for h in header)
    tails = []
    for n, c in enumerate(cases):
        cid = ids[n] if ids else "C%d" % (n + 1)
        lines.extend(c.render(cid))
        tails.extend(c.render_tail(cid))
    lines.append('PRINT "done"')
    if tails:  # internal routines come after the main program's STOP
        lines.append("STOP")
        lines.extend(tails)
    else:
        lines.append("END")
    return "\n".join(lines) + "\n"
