* PRECISION is per program: a called subroutine has its own (default 4)
* SUPPORT: IN.THIRD
PRECISION 8
CRT 1/3
CALL IN.THIRD
CRT 1/3
CRT "done"
