* TRIMBS keeps leading and inner spaces
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", TRIMBS(" a  b ":@SM:"   ")) : "]"
CRT "done"
