* SYSTEM(n): derived facts for some keys
CRT "precision=" : SYSTEM(11) : "|" : "x"
CRT "s2 width>0=" : (SYSTEM(2) > 0) : " s3 lines>0=" : (SYSTEM(3) > 0)
CRT "date matches=" : (SYSTEM(4) # "")
CRT "s1 printer=" : SYSTEM(1)
CRT "s5 page=" : SYSTEM(5)
CRT "s6 line=" : SYSTEM(6)
CRT "s7 termtype nonempty=" : (SYSTEM(7) # "")
CRT "s9 cpu numeric=" : NUM(SYSTEM(9))
CRT "s12 numeric=" : NUM(SYSTEM(12))
CRT "s99 [" : SYSTEM(99) : "]"
CRT "done"
