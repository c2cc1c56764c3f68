* SUPPORT: IN.RUNCODE IN.RUNERR
* WRITESEQ to an unassigned variable is 'Requires file variable' (not 'Unassigned variable')
CODE = 'WRITESEQ "x" TO S ELSE CRT "else"'
CALL IN.RUNCODE(CODE)
CRT "done"
