* DECRYPT is not available in this ScarletDME build: what happens (last act)
CRT "before"
E = DECRYPT("abc", "secret")
CRT LEN(E)
CRT "done"
