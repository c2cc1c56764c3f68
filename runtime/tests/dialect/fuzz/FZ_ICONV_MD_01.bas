* difftest: seed 5014 case C2 was ICONV("$1.00", "MD0"), which ScarletDME gives as 1000: its
* masked_decimal_conversion removes the "$" with an overlapping strcpy (undefined behaviour;
* with this glibc "$1.00" becomes "1000"). Not imitated; these forms are well defined:
* the first "$" is removed, the rest converts.
L = "$123.45,$1.0,$12,1.00$,$$1,x$1.00,$1234567.891,-$1.5"
FOR I = 1 TO DCOUNT(L, ",")
  S = FIELD(L, ",", I)
  R = ICONV(S, "MD0"):"/":ICONV(S, "MD2"):"/":STATUS()
  PRINT "C":I:":":R
NEXT I
PRINT "done"
END
