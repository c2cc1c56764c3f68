* difftest: seed 58 case C6, minimised
R = OCONV("10", "P(1N)")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
