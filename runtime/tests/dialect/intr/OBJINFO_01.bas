* SUPPORT: IN.RUNERR IN.E.OBJINFO_01
* OBJINFO key 0 on a non-object, then key 1 (run through IN.RUNERR)
X = 5
CRT OBJINFO(X, 0) : "|" : OBJINFO("", 0)
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.OBJINFO_01")
CRT "done"
