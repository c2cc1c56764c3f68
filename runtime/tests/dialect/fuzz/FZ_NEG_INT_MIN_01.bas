* difftest: seed 6935 case C34, minimised
R = NEG((-1 - 2147483647))
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
