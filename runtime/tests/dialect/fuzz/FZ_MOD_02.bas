* difftest: seed 11 case C32, minimised
R = (1000000 * MOD(2147483647, (ABS(SQRT(ABS(12345))) + 1)))
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
