* FILEINFO(F, 0) of a never-assigned variable and of a closed sequential file
CRT "never=" : FILEINFO(NEVER, 0)
OPENSEQ "FI6.TXT" TO S ELSE NULL
CRT "seq open=" : FILEINFO(S, 0)
CLOSESEQ S
CRT "seq closed=" : FILEINFO(S, 0)
CRT "assigned=" : ASSIGNED(S)
CRT "done"
