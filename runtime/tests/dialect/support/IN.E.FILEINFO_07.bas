* FILEINFO(F, 1) of a never-assigned variable needs a file variable (run through IN.RUNERR)
CRT "never=" : FILEINFO(NEVER, 0)
CRT "vocname=" : FILEINFO(NEVER, 1)
