* ICONV date codes: D with separators, year digits, E (day first), invalid and empty input, STATUS()
CODES = "D":@FM:"D2/":@FM:"D4-":@FM:"DE":@FM:"D/E":@FM:"D2":@FM:"D4":@FM:"DY"
INS = "12/25/2000":@FM:"25/12/2000":@FM:"1-1-1968":@FM:"31 DEC 1967":@FM:"2/29/2001":@FM:"2/29/2000"
INS := @FM:"13/13/2000":@FM:"":@FM:"abc":@FM:"1 JAN 00":@FM:"01 01 99":@FM:"7/4/76":@FM:"0/1/2000"
FOR C = 1 TO DCOUNT(CODES, @FM)
   LINE = CODES<C>:":"
   FOR I = 1 TO DCOUNT(INS, @FM)
      X = ICONV(INS<I>, CODES<C>)
      LINE := " [":X:"]":STATUS()
   NEXT I
   PRINT LINE
NEXT C
PRINT "done"
