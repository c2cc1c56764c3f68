* SOUNDEXS over sub-values and empty elements
CRT CONVERT(@FM:@VM:@SM, "^]\", SOUNDEXS("Knuth":@SM:"Kant":@VM:"":@VM:"Gauss"))
CRT "done"
