* KEYREADY with stdin at end of file
CRT "before"
X = KEYREADY()
CRT "ready=" : X
CRT "done"
