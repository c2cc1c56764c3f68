* SUPPORT: IN.ARGS
* ARG() and ARG.COUNT() inside a subroutine
CALL IN.ARGS("a", 2, "c")
CALL IN.ARGS("", "", 3.5)
CRT "done"
