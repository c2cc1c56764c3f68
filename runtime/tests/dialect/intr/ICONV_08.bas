* SUPPORT: IN.RUNCODE IN.RUNERR
* ICONV MCX of text that is no decimal number is a fatal 'Non-numeric' error, not STATUS() 1
CODE = 'PRINT "ok: " : ICONV("12", "MCX")' : @FM : 'PRINT ICONV("1G", "MCX")' : @FM : 'PRINT "not reached"'
CALL IN.RUNCODE(CODE)
CRT "done"
