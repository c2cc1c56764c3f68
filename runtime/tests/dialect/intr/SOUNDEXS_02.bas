* SOUNDEXS over fields with non-letters
CRT CONVERT(@FM:@VM:@SM, "^]\", SOUNDEXS("O'Brien":@FM:"123abc":@VM:"Euler"))
CRT "done"
