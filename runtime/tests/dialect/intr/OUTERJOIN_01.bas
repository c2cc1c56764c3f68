* OUTERJOIN on a missing file
CRT "before"
X = OUTERJOIN("NO.SUCH.FILE", 1, "A")
CRT "[" : X : "] status=" : STATUS()
CRT "done"
