* SUPPORT: IN.RUNCODE IN.RUNERR
* difftest profile stmts, class S16 (seed 1000586): arithmetic on a
* multivalued operand converts every element first, so a non-numeric
* element wins over an earlier division by zero
X = (1:@VM:2) * (3:@VM:4)
CONVERT @VM TO "]" IN X
CRT X
CODE = 'R = "" / (@VM:"x":@VM + 0)' : @FM : 'CRT R'
CALL IN.RUNCODE(CODE)
CRT "done"
