* SUPPORT: IN.RUNERR IN.E.OCONV_MX_03
* OCONV MO of the string "12.7": a decimal string is not an integer (run through IN.RUNERR)
CRT "[" : OCONV(12.7, "MO") : "]"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.OCONV_MX_03")
CRT "done"
