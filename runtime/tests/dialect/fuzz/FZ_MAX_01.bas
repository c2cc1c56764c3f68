* difftest: seed 3 case C8, minimised
R = MAX(-42, "-.25")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
