* difftest: seed 5014 case C2, minimised
R = ICONV("$1.00", "MD0")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
