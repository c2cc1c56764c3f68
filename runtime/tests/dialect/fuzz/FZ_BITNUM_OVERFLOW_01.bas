* SUPPORT: IN.RUNCODE IN.RUNERR
* difftest profile stmts, class S16: a bit number beyond 32 bits is
* 'Numeric overflow'
CODE = 'CRT BITSET(1, 4294967296)'
CALL IN.RUNCODE(CODE)
CRT "done"
