* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* AND of a comparison: the comparison runs (and checks B) before C is loaded
CODE = 'IF A = B AND C THEN CRT 1'
CALL IN.RUNCODE(CODE)
CRT "done"
