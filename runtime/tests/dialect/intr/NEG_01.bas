* NEG / NEGS
CRT NEG(5) : "|" : NEG(-5) : "|" : NEG(0) : "|" : NEG("") : "|" : NEG("3.5") : "|" : NEG(-2147483648)
CRT CONVERT(@FM:@VM:@SM, "^]\", NEGS(1:@VM:-2:@VM:"":@FM:0.5))
CRT CONVERT(@FM:@VM:@SM, "^]\", NEGS(""))
CRT "done"
