* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (DTX): run through EXECUTE, stable outcome printed
CODE = 'CRT DTX("x")'
CALL IN.RUNCODE(CODE)
CRT "done"
