* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* an unassigned variable in an arithmetic expression: ScarletDME's operators check the right-hand operand first, so the multiplication names RATE
CODE = 'TOTAL = PRICE + QTY * RATE'
CALL IN.RUNCODE(CODE)
CRT "done"
