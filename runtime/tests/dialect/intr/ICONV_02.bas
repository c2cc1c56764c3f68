* ICONV numeric codes MD, MR, ML: scale, commas, signs, trailing minus, CR/DB, bad input, STATUS()
CODES = "MD2":@FM:"MD0":@FM:"MR2":@FM:"ML2":@FM:"MD2,":@FM:"MD3":@FM:"MD21":@FM:"MD":@FM:"MR":@FM:"MD2-"
INS = "1.234":@FM:"12":@FM:"-12.5":@FM:"12.50-":@FM:"1,234.56":@FM:"12.50CR":@FM:"12.50DB"
INS := @FM:"":@FM:"abc":@FM:"1.2.3":@FM:" 7 ":@FM:"+4":@FM:"0.005":@FM:".5"
FOR C = 1 TO DCOUNT(CODES, @FM)
   LINE = CODES<C>:":"
   FOR I = 1 TO DCOUNT(INS, @FM)
      X = ICONV(INS<I>, CODES<C>)
      LINE := " [":X:"]":STATUS()
   NEXT I
   PRINT LINE
NEXT C
PRINT "done"
