* FMT of multivalued data and FMTS
CRT "[" : CONVERT(@FM:@VM:@SM:@TM, "^]\~", FMT("a":@VM:"b", "3R")) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM:@TM, "^]\~", FMTS("a":@VM:"bb":@FM:"ccc", "3R")) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM:@TM, "^]\~", FMTS(1:@VM:2.5, "R2")) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM:@TM, "^]\~", FMTS("a":@VM:"b", "3R":@VM:"3L")) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM:@TM, "^]\~", FMTS("", "3R")) : "]"
CRT "done"
