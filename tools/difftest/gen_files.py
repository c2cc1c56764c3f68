"""Generator profile ``files``: file statements on a hashed and a directory file.

Each program first deletes (left over from a program that stopped) and
creates a hashed file ``DTF.H`` (CREATE.FILE ... DYNAMIC) and a directory
file ``DTF.D`` (CREATE.FILE ... DIRECTORY) through EXECUTE, opens each twice
(``FH``/``FD`` and ``GH``/``GD`` READONLY), and its last case deletes them
again. The cases between draw random sequences of WRITE/WRITEU, READ/READU/
READL, READV/WRITEV (field numbers -1..4), DELETE/DELETEU, MATREAD/MATWRITE
(matrices of 1..4 elements, INMAT()), RELEASE in its three forms with
RECORDLOCKED(), SELECT/SSELECT/SELECTN to a list with READNEXT (1, 2 and 3
targets) or READLIST, @SELECTED, CLEARFILE, FILEINFO of the keys both
answer, with ELSE/THEN/ON ERROR/LOCKED clauses, STATUS() after each, on
record ids with odd characters (marks, ``*``, ``/``, ``%``, spaces, dots,
empty, lengths about ScarletDME's id limit) and records with marks.

Cases depend on the files' state left by the cases before, so shrink.py /
minimise.py do not apply: a differing case is cut down by hand (the cases
before it that make the state, then the case). ScarletDME's order of the
ids of a select list is its hash order (hashed files) or the order the
operating system lists a directory (directory files); mvbasic promises
neither, so every id list is printed sorted. Same seed, same program.
"""

import random

import gen
from gen import Case, leaf

HF, DF = "DTF.H", "DTF.D"

# record ids: plain, odd characters, empty, lengths about the id limit
IDS = ['"A"', '"B1"', '"k2"', '"10"', '"010"', '"1.5"', '"a b"', '" lead"', '"trail "', '"*"',
       '"A*B"', '"x/y"', '"%"', '"%A"', '"."', '".."', '"-x"', '"~t"', '"a,b"', '"Q?"', '"a:b"',
       '"A":@VM:"2"', '"s":@SM', '"t":@TM:"u"', '""', 'STR("L", 63)', 'STR("M", 64)',
       'STR("N", 200)', '"lower"', '"LOWER"', '"#1"', '"$x"', '"a\'b"', '\'q"q\'', '"tab":CHAR(9)',
       '"&"', '"a\\b"', '"é"']
# ids every statement takes (no marks, not empty, at most 63 bytes, printable):
# updates with no ON ERROR and locks use these, else the program would stop
SAFE = [i for i in IDS if not any(x in i for x in ("@", '""', "CHAR", '"N"', '"M"', "é"))]
# the ids used most (so that reads find what writes left)
HOT = ['"A"', '"B1"', '"k2"', '"10"', '"a b"', '"*"', '"x/y"']
RECS = ['""', '"v"', '"a":@FM:"b"', '"a":@VM:"b":@SM:"c"', '"1":@FM:@FM:"3"', '@FM', '@FM:@FM',
        '"x":@FM', '"f1":@FM:"f2":@FM:"f3":@FM:"f4":@FM:"f5"', '"  sp  "', '"a":@TM:"b"',
        'STR("r", 300)', '"12.50"', '"-0"', '"line":CHAR(10):"two"', '"é":@FM:"ü"', '"%A/*"']
# FILEINFO keys both answer for both file types (5, 11 and the sizes are
# refused by name in mvbasic: its hashed files are directories)
FI_KEYS_H = [0, 1, 3, 6, 7, 8, 9, 10, 13, 14, 1001, 1002, 1004, 1014, 1015, 1020]
FI_KEYS_D = [0, 1, 3, 5, 6, 7, 8, 9, 10, 11, 13, 14, 1001, 1002, 1004, 1014, 1015, 1020]

# sorted ids of list 9 into R ("|" between; marks shown by the case print)
SORT_LIST = ["S = ''", "LOOP", "  READNEXT ID FROM 9 ELSE EXIT",
             "  LOCATE(ID, S; P; 'AL') ELSE NULL", "  INS ID BEFORE S<P>", "REPEAT",
             "R := '|':DCOUNT(S, @FM):'|':CHANGE(S, @FM, ',')"]


class FilesGen:
    """Draws cases with a private random stream (``seed``)."""

    def __init__(self, seed):
        self.r = random.Random(seed * 7919 + 17)

    def pick(self, xs):
        return self.r.choice(xs)

    def fv(self, ro_ok=True):
        """A file variable: mostly the writable ones, sometimes READONLY."""
        x = self.r.random()
        if ro_ok and x < 0.12:
            return self.pick(["GH", "GD"])
        return "FH" if x < 0.56 else "FD"

    def rid(self):
        return self.pick(HOT) if self.r.random() < 0.6 else self.pick(IDS)

    def safe_id(self, risk=0.0):
        """An id every statement takes; with probability ``risk`` any id
        (a lock on an empty or too long id stops ScarletDME)."""
        if self.r.random() < risk:
            return self.pick(IDS)
        return self.pick(HOT) if self.r.random() < 0.6 else self.pick(SAFE)

    def update_target(self):
        """(file variable, id, ON ERROR clause) of an update: without ON
        ERROR only a writable file and an id it takes."""
        oe = self.on_error()
        if oe:
            return self.fv(), self.rid(), oe
        return self.fv(False), self.safe_id(), oe

    def rec(self):
        return self.pick(RECS)

    def clause_read(self):
        return self.pick(["THEN R = 'T':X ELSE R = 'E':X", "ELSE R = 'E'", "THEN R = 'T':X",
                          "ON ERROR R = 'O' THEN R = 'T':X ELSE R = 'E':X"])

    def on_error(self):
        return self.pick(["", " ON ERROR R = 'O'"])


def holes(*texts):
    return [leaf("s", t) for t in texts]


def c_write(g):
    verb = g.pick(["WRITE", "WRITE", "WRITEU"])
    f, rid, oe = g.update_target()
    lines = ['R = ""', "%s {1} ON %s, {0}%s" % (verb, f, oe), "R := STATUS()"]
    if verb == "WRITEU":
        lines.append("R := '/':RECORDLOCKED(%s, {0})" % f)
    return Case("write", lines, holes(rid, g.rec()))


def c_read(g):
    f, verb = g.fv(), g.pick(["READ", "READ", "READU", "READL"])
    rid = g.rid() if verb == "READ" else g.safe_id(0.03)
    lock = " LOCKED R = 'L'" if verb != "READ" and g.r.random() < 0.5 else ""
    clause = g.clause_read()
    if clause.startswith("ON ERROR") and lock:  # ScarletDME: ON ERROR before LOCKED
        clause, lock = "ON ERROR R = 'O'" + lock + clause[len("ON ERROR R = 'O'"):], ""
    lines = ['R = ""; X = "u"', "%s X FROM %s, {0}%s %s" % (verb, f, lock, clause),
             "R := '/':STATUS()"]
    if verb != "READ":
        lines.append("R := '/':RECORDLOCKED(%s, {0})" % f)
    return Case("read", lines, holes(rid))


def c_readv(g):
    f, verb = g.fv(), g.pick(["READV", "READV", "READVU"])
    lines = ['R = ""; X = "u"', "%s X FROM %s, {0}, %d %s" % (verb, f, g.r.randint(-1, 4), g.clause_read()),
             "R := '/':STATUS()"]
    return Case("readv", lines, holes(g.rid() if verb == "READV" else g.safe_id(0.03)))


def c_writev(g):
    verb = g.pick(["WRITEV", "WRITEV", "WRITEVU"])
    f, rid, oe = g.update_target()
    lines = ['R = ""', "%s {1} ON %s, {0}, %d%s" % (verb, f, g.r.randint(-1, 4), oe),
             "R := STATUS()", "READ X FROM %s, {0} THEN R := '/':X ELSE R := '/E'" % f.replace("G", "F")]
    return Case("writev", lines, holes(rid, g.pick(['"w"', '""', '"p":@VM:"q"', '"n":@FM:"m"'])))


def c_delete(g):
    verb = g.pick(["DELETE", "DELETE", "DELETEU"])
    f, rid, oe = g.update_target()
    lines = ['R = ""', "%s %s, {0}%s" % (verb, f, oe), "R := STATUS()",
             "READ X FROM %s, {0} THEN R := '/T' ELSE R := '/E':STATUS()" % f]
    return Case("delete", lines, holes(rid))


def c_mat(g):
    n = g.r.randint(1, 4)
    f, rid, oe = g.update_target()
    lines = ["DIM M{L}(%d)" % n, "MAT M{L} = 'i'", 'R = ""']
    if g.r.random() < 0.5:
        verb = g.pick(["MATREAD", "MATREAD", "MATREADU"])
        if verb == "MATREADU":
            rid = g.safe_id(0.03)
        lines.append("%s M{L} FROM %s, {0} THEN R = 'T' ELSE R = 'E'" % (verb, f))
        lines.append("R := '/':STATUS():'/':INMAT()")
    else:
        k = g.r.randint(0, n)
        if k:
            lines.append("M{L}(%d) = {1}" % k)
        verb = g.pick(["MATWRITE", "MATWRITE", "MATWRITEU"])
        lines.append("%s M{L} ON %s, {0}%s" % (verb, f, oe))
        lines.append("R := STATUS()")
        lines.append("READ X FROM %s, {0} THEN R := '/':X ELSE R := '/E'" % f.replace("G", "F"))
    lines.append("FOR I = 0 TO %d; R := '|':M{L}(I); NEXT I" % n)
    return Case("mat", lines, holes(rid, g.rec()))


def c_release(g):
    f = g.fv()
    form = g.pick(["RELEASE %s, {0}" % f, "RELEASE %s" % f, "RELEASE"])
    lines = ['R = ""', "READU X FROM %s, {0} THEN R = 'T' ELSE R = 'E'" % f,
             "R := RECORDLOCKED(%s, {0})" % f, form, "R := '/':RECORDLOCKED(%s, {0})" % f]
    return Case("release", lines, holes(g.safe_id(0.03)))


def c_lockstmt(g):
    f = g.fv()
    verb = g.pick(["RECORDLOCKU", "RECORDLOCKL"])
    # (STATUS() after RECORDLOCKU/L differs from run to run in ScarletDME)
    lines = ['R = ""', "%s %s, {0}" % (verb, f), "R := RECORDLOCKED(%s, {0})" % f,
             "RELEASE %s, {0}" % f, "R := '/':RECORDLOCKED(%s, {0})" % f]
    return Case("lock", lines, holes(g.safe_id(0.03)))


def c_select(g):
    f = g.fv()
    verb = g.pick(["SELECT", "SELECT", "SSELECT", "SELECTN"])
    if verb == "SSELECT":
        # sorted by ScarletDME itself: the order is printed as it comes
        lines = ['R = ""', "SSELECT %s TO 9" % f, "R = STATUS():'/':@SELECTED", "LOOP", "  READNEXT ID FROM 9 ELSE EXIT",
                 "  R := ',':ID", "REPEAT"]
        return Case("select", lines, [])
    tail = g.pick(["", "", " ON ERROR R = 'O'"])
    # @SELECTED after SELECT of a hashed file is how many records the first
    # group that has any holds (ScarletDME reads a group at a time): only
    # its sign is the same for both
    sel = "(@SELECTED > 0):(@SELECTED < 0)" if f.endswith("H") else "@SELECTED"
    lines = ['R = ""', "%s %s TO 9%s" % (verb, f, tail), "R := STATUS():'/':%s" % sel]
    form = g.r.random()
    if form < 0.5:
        lines += SORT_LIST
    elif form < 0.75:
        lines += ["READLIST L FROM 9 THEN R := '|T|':DCOUNT(L, @FM) ELSE R := '|E|':STATUS()",
                  "S = ''", "FOR I = 1 TO DCOUNT(L, @FM)", "  LOCATE(L<I>, S; P; 'AL') ELSE NULL",
                  "  INS L<I> BEFORE S<P>", "NEXT I", "R := '|':CHANGE(S, @FM, ',')",
                  "READNEXT ID FROM 9 THEN R := '|more' ELSE R := '|none'"]
    else:
        # the value and subvalue positions of a plain list are 0
        lines += ["N = 0", "LOOP", "  READNEXT ID, V, S FROM 9 ELSE EXIT", "  N += 1; R := '|':V:S",
                  "REPEAT", "R := '|':N"]
    return Case("select", lines, [])


def c_readnext_empty(g):
    lines = ['R = ""', "CLEARSELECT 9", "READNEXT ID FROM 9 THEN R = 'T':ID ELSE R = 'E':STATUS()",
             "READLIST L FROM 9 THEN R := '/T' ELSE R := '/E':STATUS()"]
    return Case("select", lines, [])


def c_fileinfo(g):
    f = g.fv()
    keys = FI_KEYS_H if f.endswith("H") else FI_KEYS_D
    ks = g.r.sample(keys, g.r.randint(1, 4))
    return Case("fileinfo", ['R = ""'] + ["R := FILEINFO(%s, %d):'/'" % (f, k) for k in ks], [])


def c_count(g):
    """How many records a file holds, and each one read back (sorted)."""
    f = g.pick(["FH", "FD"])
    lines = ['R = ""', "SELECT %s TO 9" % f] + SORT_LIST + [
        "T = ''", "FOR I = 1 TO DCOUNT(S, @FM)",
        "  READ X FROM %s, S<I> THEN T := '|':LEN(X) ELSE T := '|E'" % f, "NEXT I", "R := T"]
    return Case("count", lines, [])


def c_clear(g):
    f = g.fv()
    if f.startswith("G"):
        f = "F" + f[1]
    return Case("clear", ['R = ""', "CLEARFILE %s%s" % (f, g.on_error()), "R := STATUS()",
                          "SELECT %s TO 9" % f, "R := '/':STATUS():'/':@SELECTED", "CLEARSELECT 9"], [])


KINDS = [  # (weight, maker)
    (14, c_write), (12, c_read), (6, c_readv), (6, c_writev), (7, c_delete), (7, c_mat),
    (4, c_release), (3, c_lockstmt), (7, c_select), (2, c_readnext_empty), (4, c_fileinfo),
    (3, c_count), (1, c_clear),
]

CASES_PER_PROGRAM = 30

# Known open classes (FINDINGS.md, profile files), left out unless --all:
# mvbasic stores a hashed file as a directory, so its hashed files keep
# a directory file's rules (a record's line feed reads back as a field mark,
# ids with bytes outside printable ASCII are refused, ids "." and "~x" list
# as a directory file lists them); and a directory file's id "." lists as
# an empty item whose place in ScarletDME's list follows the directory's
# order. Such holes are replaced by plain ones (same random stream).
HASHED_AS_DIR_IDS = {'"tab":CHAR(9)', '"é"', '"."', '".."', '"~t"'}
HASHED_AS_DIR_RECS = {'"line":CHAR(10):"two"'}


def setup_case():
    lines = []
    for name in (HF, DF):
        lines.append('EXECUTE "DELETE.FILE %s" CAPTURING JUNK' % name)
    lines.append('EXECUTE "CREATE.FILE %s DYNAMIC" CAPTURING JUNK' % HF)
    lines.append('EXECUTE "CREATE.FILE %s DIRECTORY" CAPTURING JUNK' % DF)
    lines.append('R = ""')
    for v, name in (("FH", HF), ("FD", DF)):
        lines.append('OPEN "%s" TO %s THEN R := "o" ELSE R := "n":STATUS()' % (name, v))
    for v, name in (("GH", HF), ("GD", DF)):
        lines.append('OPEN "%s" READONLY TO %s THEN R := "r" ELSE R := "n":STATUS()' % (name, v))
    return Case("setup", lines, [])


def teardown_case():
    lines = ['R = ""', "CLOSE FH; CLOSE FD; CLOSE GH; CLOSE GD"]
    for name in (HF, DF):
        lines.append('EXECUTE "DELETE.FILE %s" CAPTURING JUNK' % name)
        lines.append('OPEN "%s" TO X THEN R := "still" ELSE R := "gone"' % name)
    return Case("teardown", lines, [])


def known_open(c):
    """The case with the holes of the known open classes replaced."""
    hashed = any(("FH" in ln or "GH" in ln) for ln in c.lines)
    for i, h in enumerate(c.holes):
        if h.tmpl == '"."' or (hashed and h.tmpl in HASHED_AS_DIR_IDS):
            c.holes[i] = leaf("s", '"A"')
        elif hashed and h.tmpl in HASHED_AS_DIR_RECS:
            c.holes[i] = leaf("s", '"v"')
    return c


def make_case(g, avoid=True):
    maker = g.r.choices([k[1] for k in KINDS], weights=[k[0] for k in KINDS])[0]
    c = maker(g)
    if avoid:
        c = known_open(c)
    if any("RECORDLOCKED" in ln for ln in c.lines):
        # RECORDLOCKED() leaves the lock owner's user number in STATUS(),
        # which differs from run to run: OPEN sets it back to 0
        c.lines.append('OPEN "%s" TO Z ELSE NULL' % HF)
    # a record's line feed would end the case's output line
    c.lines.append('R = CHANGE(R, CHAR(10), "<LF>")')
    return c


def make_program(seed, ncases=CASES_PER_PROGRAM, exclude=("files-open",)):
    """The cases of program ``seed`` in profile files: setup, ``ncases``
    random cases, teardown. The known open classes are left out unless
    ``exclude`` is empty (run.py --all)."""
    g = FilesGen(seed)
    avoid = bool(exclude)
    return [setup_case()] + [make_case(g, avoid) for _ in range(ncases)] + [teardown_case()]


if __name__ == "__main__":
    import sys
    print(gen.render_program(make_program(int(sys.argv[1]) if len(sys.argv) > 1 else 1)), end="")
