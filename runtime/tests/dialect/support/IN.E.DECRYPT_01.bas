* ENCRYPT is not available in this ScarletDME build: what happens (run through IN.RUNERR)
CRT "before"
E = ENCRYPT("Hello, world", "secret")
