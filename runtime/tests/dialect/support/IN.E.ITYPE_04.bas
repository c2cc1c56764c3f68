* ITYPE of a D-type whose field number is not digits only (run through IN.RUNERR)
@RECORD = "a":@FM:"b"
D = "D":@FM:" 2"
CRT ITYPE(D)
