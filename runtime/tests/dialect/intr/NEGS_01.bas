* NEGS over sub-values and strings of digits
CRT CONVERT(@FM:@VM:@SM, "^]\", NEGS("5":@SM:"-0":@VM:"007"))
CRT "done"
