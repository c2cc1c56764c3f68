* difftest: seed 8 case C5, minimised
R = FOLD("a b c d", 6)
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
