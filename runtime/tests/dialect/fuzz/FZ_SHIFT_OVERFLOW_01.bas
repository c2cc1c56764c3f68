* SUPPORT: IN.RUNCODE IN.RUNERR
* difftest profile stmts, class S16 (seed 1000927): SHIFT (and the bit
* functions' bit number) beyond 32 bits is 'Numeric overflow'
CRT SHIFT(2147483647, 1)
CRT BITTEST(1, 2147483647)
CODE = 'R = SHIFT(INT(("-2147483649" * ABS(2))), SEQ(SPACES(9)))' : @FM : 'CRT R'
CALL IN.RUNCODE(CODE)
CRT "done"
