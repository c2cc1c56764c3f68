* SUPPORT: IN.RUNERR IN.E.LN_02
* LN of zero and negatives
CRT "[" : LN(0) : "]"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.LN_02")
CRT "done"
