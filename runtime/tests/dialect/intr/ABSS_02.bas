* ABSS keeps the structure: empty fields, trailing marks, text marks
X = "-1":@FM:@FM:"-2":@VM:@VM:"-3":@SM
CRT CONVERT(@FM:@VM:@SM, "^]\", ABSS(X))
CRT CONVERT(@FM:@VM:@SM:@TM, "^]\}", ABSS("-1":@TM:"-2"))
CRT "done"
