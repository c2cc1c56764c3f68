* SUPPORT: IN.RUNERR IN.E.NUMBER_LIT_01
* numeric literals: 1E10 is the number 1 followed by the name E10? (last act: E10 unassigned)
X = 5
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.NUMBER_LIT_01")
CRT "done"
