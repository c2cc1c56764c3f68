* FMTS with a fill character and sub-values
CRT "[" : CONVERT(@FM:@VM:@SM:@TM, "^]\~", FMTS("1":@SM:"22":@VM:"333", "4*R")) : "]"
CRT "done"
