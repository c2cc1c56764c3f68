* ICONV case and character codes MCU, MCL, MCT, MCA, MCN, MC/A, MC/N, MCP, MC/B on text and marks
CODES = "MCU":@FM:"MCL":@FM:"MCT":@FM:"MCA":@FM:"MCN":@FM:"MC/A":@FM:"MC/N":@FM:"MCP":@FM:"MC/B"
INS = "Hello World 42":@FM:"":@FM:"ff":@FM:"255":@FM:"abc-DEF_9":@FM:"x":@VM:"Y":@SM:"z1"
FOR C = 1 TO DCOUNT(CODES, @FM)
   FOR I = 1 TO DCOUNT(INS, @FM)
      X = ICONV(INS<I>, CODES<C>)
      S = STATUS()
      CONVERT @FM:@VM:@SM TO "^]\" IN X
      PRINT CODES<C>:" ":I:" [":X:"] ":S
   NEXT I
NEXT C
PRINT "done"
