* ARG(0) in a main program (no arguments) is a fatal run-time error
CRT "count=" : ARG.COUNT()
CRT ARG(0)
