* difftest profile stmts (seed 1000038 C18): ASCII() and EBCDIC() map every byte with ScarletDME's
* tables (bytes with no counterpart become "?" or control codes), marks included
A = "" ; E = ""
FOR I = 0 TO 255
  A := FMT(SEQ(ASCII(CHAR(I))), "R%3")
  E := FMT(SEQ(EBCDIC(CHAR(I))), "R%3")
NEXT I
PRINT A
PRINT E
X = ASCII("ab":@FM:"c") ; PRINT LEN(X)
PRINT "done"
