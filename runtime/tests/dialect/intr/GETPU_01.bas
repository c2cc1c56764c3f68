* GETPU(key, unit): 1 mode, 2 width, 3 length, 4 top, 5 bottom, 6 left margin
FOR K = 1 TO 6
   CRT K : "=" : GETPU(K, 0) : " " : GETPU(K, -1) : " status=" : STATUS()
NEXT K
CRT "done"
