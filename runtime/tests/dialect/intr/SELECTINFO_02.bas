* SELECTINFO with a list number out of range (last act)
CRT "before"
CRT SELECTINFO(99, 1)
CRT "done"
