* ENCRYPT is not available in this ScarletDME build: what happens (last act)
CRT "before"
E = ENCRYPT("Hello, world", "secret")
CRT LEN(E)
CRT "done"
