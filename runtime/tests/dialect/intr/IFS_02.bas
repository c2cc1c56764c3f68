* IFS with uneven THEN/ELSE lists and sub-value conditions
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS(1:@VM:0:@VM:1, "a":@VM:"b", "x"))
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS(1:@SM:0, "a":@SM:"b", "x":@SM:"y"))
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS(REUSE(1), "a":@VM:"b", "x":@VM:"y"))
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS("abc":@VM:"0.0", "T":@VM:"T", "F":@VM:"F"))
CRT "done"
