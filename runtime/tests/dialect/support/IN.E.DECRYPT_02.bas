* DECRYPT is not available in this ScarletDME build: what happens (run through IN.RUNERR)
CRT "before"
E = DECRYPT("abc", "secret")
