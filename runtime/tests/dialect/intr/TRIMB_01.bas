* TRIMB / TRIMF / TRIMBS / TRIMFS / TRIMS
CRT "[" : TRIMB("  a  b  ") : "][" : TRIMF("  a  b  ") : "][" : TRIMB("") : "][" : TRIMF("   ") : "]"
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", TRIMBS(" a ":@VM:" b ":@FM:"  ")) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", TRIMFS(" a ":@VM:" b ":@FM:"  ")) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", TRIMS(" a  x ":@VM:" b ":@SM:"  c  ")) : "]"
CRT "[" : TRIMB(CHAR(9):"a":CHAR(9)) : "]"
CRT "done"
