* difftest: seed 75 case C40, minimised
R = MOD(0, -3)
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
