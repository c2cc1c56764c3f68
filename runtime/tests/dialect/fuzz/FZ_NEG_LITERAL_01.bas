* difftest: seed 28 case C2, minimised
R = -2147483648[9, 8]
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
