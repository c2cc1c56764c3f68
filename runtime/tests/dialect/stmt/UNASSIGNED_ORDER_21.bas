* SUPPORT: IN.RUNCODE IN.RUNERR
* Several unassigned variables in one expression: which one the run-time error names.
* field extraction on the right of a concatenation checks its index before the concatenation
CODE = 'X = A : B<C>'
CALL IN.RUNCODE(CODE)
CRT "done"
