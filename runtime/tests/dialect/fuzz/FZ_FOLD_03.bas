* FOLD returns its argument itself when it needs no folding (ScarletDME's _FOLD:
* LEN(s) <= width), so a number stays a number; otherwise the pieces are text.
* Difftest profile stmts, seed 1004649 C15.
X = FOLD(12, 5)
CRT VARTYPE(X):" ":X
X = FOLD(12.5, 4)
CRT VARTYPE(X):" ":X
X = FOLD(1/3, 20)
CRT VARTYPE(X):" ":X
X = FOLD(123456, 3)
CRT VARTYPE(X):" ":X
X = FOLD(-0.00001, 1)
CRT VARTYPE(X):" ":X
CRT FMT(FOLD(-0.00001, 1), "1RC")
X = FOLD(7, 1, "-")
CRT VARTYPE(X):" ":X
X = FOLD(7, 5:@VM:2)
CRT VARTYPE(X):" ":X
X = FOLD(3.25, "4")
CRT VARTYPE(X):" ":X * 2
X = FOLDS(12, 5)
CRT VARTYPE(X):" ":X
CRT "done"
END
