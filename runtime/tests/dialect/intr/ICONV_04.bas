* ICONV with G, L, P, R and T-less pattern codes: they check or extract as OCONV does
INS = "a.b.c":@FM:"12345":@FM:"ab":@FM:"":@FM:"123-45-6789":@FM:"7"
CODES = "G1.1":@FM:"G0.2":@FM:"L3":@FM:"L2,5":@FM:"L0":@FM:"P(3N)":@FM:"P(3N-2N-4N)":@FM:"P(1A);(5N)"
CODES := @FM:"R1,10":@FM:"R1,5;100,200":@FM:"R-5,5"
FOR C = 1 TO DCOUNT(CODES, @FM)
   LINE = CODES<C>:":"
   FOR I = 1 TO DCOUNT(INS, @FM)
      X = ICONV(INS<I>, CODES<C>)
      LINE := " [":X:"]":STATUS()
   NEXT I
   PRINT LINE
NEXT C
PRINT "done"
