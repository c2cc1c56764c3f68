* EQUATE constants and field references; assignment through an equated field
EQUATE TAX.RATE TO 17.5
EQU COMMA TO ","
EQU CUST.NAME TO REC<1>, CUST.CITY TO REC<2>
REC = "Brown":@FM:"Leeds"
PRINT CUST.NAME:COMMA:" ":CUST.CITY
CUST.CITY = "York"
PRINT "assign through equate: ":CONVERT(@FM, "^", REC)
PRINT "rate*2=":TAX.RATE * 2
PRINT "done"
