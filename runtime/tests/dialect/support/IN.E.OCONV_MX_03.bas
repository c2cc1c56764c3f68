* OCONV MO of the string "12.7": a decimal string is not an integer (run through IN.RUNERR)
CRT "[" : OCONV(12.7, "MO") : "]"
CRT "[" : OCONV("12.7", "MO") : "]"
