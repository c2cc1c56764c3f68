* difftest: seed 16741 case C11, minimised
R = ICONV(CHANGE(-2147483648:2147483647, "$", ""), "MD0")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
