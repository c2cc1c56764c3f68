* SAVE.SCREEN with no terminal (last act if fatal)
CRT "before"
S = SAVE.SCREEN(0, 0, 10, 2)
CRT "saved status=" : STATUS() : " len>0=" : (LEN(S) > 0)
CRT "done"
