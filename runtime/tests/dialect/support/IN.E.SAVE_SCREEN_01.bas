* SAVE.SCREEN with no terminal (run through IN.RUNERR)
CRT "before"
S = SAVE.SCREEN(0, 0, 10, 2)
CRT "saved status=" : STATUS() : " len>0=" : (LEN(S) > 0)
