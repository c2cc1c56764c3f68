* OCONV MO of the string "12.7": a decimal string is not an integer (last act)
CRT "[" : OCONV(12.7, "MO") : "]"
CRT "[" : OCONV("12.7", "MO") : "]"
CRT "done"
