* IFS: REUSE on each argument, field-level conditions over values, trailing marks, text marks
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS(1:@VM:0:@VM:1, REUSE("T"), REUSE("F")))
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS(REUSE(1):@VM:0, "a":@VM:"b":@VM:"c", "x":@VM:"y":@VM:"z"))
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS(1:@FM:0, "a":@VM:"b":@FM:"c", "x":@FM:"y":@VM:"z"))
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS(1:@VM, "a":@VM:"b", "x":@VM:"y"))
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS(0:@VM:1:@FM:1, "a":@VM:"b":@FM:"c", "x":@VM:"y":@FM:"z"))
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS("", "", ""))
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS(1:@VM:0, "", "e":@VM:"f"))
CRT CONVERT(@FM:@VM:@SM:@TM, "^]\|", IFS(1:@TM:0, "a":@TM:"b", "x":@TM:"y"))
CRT CONVERT(@FM:@VM:@SM, "^]\", IFS(" 1":@VM:"-0":@VM:"0.00":@VM:"x", "a":@VM:"b":@VM:"c":@VM:"d", "w":@VM:"x":@VM:"y":@VM:"z"))
CRT "done"
