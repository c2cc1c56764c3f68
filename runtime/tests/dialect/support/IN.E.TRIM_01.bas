* TRIM(string [, char [, mode]])
CRT "[" : TRIM("  a   b  ") : "]"
CRT "[" : TRIM("") : "][" : TRIM("   ") : "][" : TRIM(CHAR(9):" a ":CHAR(9)) : "]"
CRT "[" : TRIM("--a--b--", "-") : "]"
CRT "[" : TRIM("--a--b--", "-", "L") : "][" : TRIM("--a--b--", "-", "T") : "][" : TRIM("--a--b--", "-", "B") : "]"
CRT "[" : TRIM("--a--b--", "-", "A") : "][" : TRIM("--a--b--", "-", "R") : "][" : TRIM("--a--b--", "-", "F") : "]"
CRT "[" : TRIM("--a--b--", "-", "E") : "][" : TRIM("--a--b--", "-", "D") : "]"
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", TRIM(" a ":@FM:" b ")) : "]"
* a null trim character is fatal (run through IN.RUNERR)
CRT "[" : TRIM("  a  b  ", "", "B") : "]"
