* OBJECT of a class that does not exist (last act)
CRT "before"
O = OBJECT("NO.SUCH.CLASS")
CRT "after"
CRT "done"
