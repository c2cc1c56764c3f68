* arithmetic intrinsics on a multi-valued argument work element by element
A = "-1":@VM:"2.5":@VM:"-3.7"
CRT CONVERT(@FM:@VM:@SM, "^]\", ABS(A))
CRT CONVERT(@FM:@VM:@SM, "^]\", INT(A))
CRT CONVERT(@FM:@VM:@SM, "^]\", SQRT("4":@VM:"9":@FM:"16"))
CRT CONVERT(@FM:@VM:@SM, "^]\", NEG(A))
CRT CONVERT(@FM:@VM:@SM, "^]\", EXP("0":@VM:"1"))
CRT CONVERT(@FM:@VM:@SM, "^]\", LN("1":@VM:"1"))
CRT CONVERT(@FM:@VM:@SM, "^]\", COS("0":@VM:"180"))
CRT "done"
