* difftest: seed 122 case C28, minimised
R = FMT((-8 - 5), "10C")
R[" ", 0, 7] = ".5"
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
