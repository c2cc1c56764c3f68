* TRIMF removes leading spaces only (not tabs)
CRT "[" : TRIMF("   a b  ") : "][" : TRIMF(CHAR(9):" a") : "][" : TRIMF("a") : "]"
CRT "done"
