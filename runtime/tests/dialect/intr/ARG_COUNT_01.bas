* SUPPORT: IN.ARGC
* ARG.COUNT with optional (VAR.ARGS) arguments
CALL IN.ARGC(1)
CALL IN.ARGC(1, 2)
CALL IN.ARGC(1, 2, 3)
CRT "main count=" : ARG.COUNT()
CRT "done"
