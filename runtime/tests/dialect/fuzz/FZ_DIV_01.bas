* difftest: seed 3919 case C22, minimised
R = DIV(INT("1.50"), -3)
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
