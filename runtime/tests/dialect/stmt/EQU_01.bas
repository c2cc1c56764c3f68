* EQU is EQUATE: constants, @-variables, field references and several in one statement
EQU TAB TO CHAR(9), LIMIT TO 10
EQU NAME.FLD TO REC<1>
EQU MARK TO @FM
REC = "Ann":@FM:"Bath"
PRINT NAME.FLD:" ":LIMIT * 2
NAME.FLD = "Bob"
PRINT CONVERT(MARK, "^", REC)
PRINT LEN(TAB)
PRINT "done"
