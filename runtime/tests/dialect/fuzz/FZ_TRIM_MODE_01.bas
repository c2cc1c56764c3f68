* SUPPORT: IN.RUNCODE IN.RUNERR
* difftest profile stmts (seed 1000259): TRIM(s, c, mode) checks the mode first; modes D, E and F
* always trim blanks, so their character may be "" (others stop with "Null string as second
* argument to TRIM()", intr/TRIM_01); an illegal mode stops before the character is looked at
PRINT "D[":TRIM("  a  b  ", "", "D"):"]"
PRINT "E[":TRIM("  a  b  ", "", "E"):"]"
PRINT "F[":TRIM("  a  b  ", "", "F"):"]"
PRINT "Dx[":TRIM("xx a  bxx ", "x", "D"):"]"
PRINT "Ex[":TRIM("xx a  bxx ", "x", "E"):"]"
CALL IN.RUNCODE('CRT TRIM("  a  ", "", "e")')
PRINT "done"
