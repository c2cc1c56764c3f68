* difftest profile stmts (seeds 1000011 C4, 1000054 C16): FMTS sets STATUS() as FMT does
X = OCONV("abc", "MD2") ; PRINT "a ":STATUS()
R = FMT("abc", "R2") ; PRINT "1 ":R:"|":STATUS()
R = FMT(12, "R2") ; PRINT "2 ":R:"|":STATUS()
X = OCONV("abc", "MD2") ; R = FMT(12, "R2") ; PRINT "3 ":R:"|":STATUS()
R = FMTS("abc":@FM:"1", "R2") ; PRINT "4 ":R:"|":STATUS()
X = OCONV("abc", "MD2") ; R = FMTS("abc":@FM:"1", "R2") ; PRINT "5 ":R:"|":STATUS()
R = FMT("abc", "0C1") ; PRINT "6 ":R:"|":STATUS()
R = FMT("12", "3U1$B") ; PRINT "7 ":R:"|":STATUS()
R = FMT("12", "QQ") ; PRINT "8 ":R:"|":STATUS()
R = FMTS(0.5, "9Z4E-") ; PRINT "9 ":R:"|":STATUS()
PRINT "done"
