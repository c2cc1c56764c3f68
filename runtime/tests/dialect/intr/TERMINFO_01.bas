* TERMINFO() and TERMINFO(name)
T = TERMINFO()
CRT "fields>0=" : (DCOUNT(T, @FM) > 0)
CRT "[" : TERMINFO("no.such.capability") : "]"
CRT "cols=" : TERMINFO("cols")
CRT "done"
