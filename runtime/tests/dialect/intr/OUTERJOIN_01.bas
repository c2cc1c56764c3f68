* OUTERJOIN on a missing file (last act if fatal)
CRT "before"
X = OUTERJOIN("NO.SUCH.FILE", 1, "A")
CRT "[" : X : "] status=" : STATUS()
CRT "done"
