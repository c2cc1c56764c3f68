* SUPPORT: IN.RUNERR IN.E.SUMMATION_01
* SUMMATION with a non-numeric element (run through IN.RUNERR)
CRT SUMMATION(1:@VM:2)
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.SUMMATION_01")
CRT "done"
