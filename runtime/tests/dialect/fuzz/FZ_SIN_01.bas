* difftest: seed 8 case C5, minimised
R = (SIN(8) * -2147483648)
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
