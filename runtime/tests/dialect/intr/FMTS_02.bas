* FMTS: mask codes, numeric codes and text folding per element
CRT CONVERT(@FM:@VM:@SM:@TM, "^]\~", FMTS("123456":@VM:"12", "L##-####"))
CRT CONVERT(@FM:@VM:@SM:@TM, "^]\~", FMTS(1234.5:@SM:-2, "10R2,"))
CRT CONVERT(@FM:@VM:@SM:@TM, "^]\~", FMTS("abcdef":@VM:"ab", "3L"))
CRT CONVERT(@FM:@VM:@SM:@TM, "^]\~", FMTS(@VM, "2R"))
CRT "done"
