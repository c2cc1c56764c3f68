* difftest: seed 5042 case C34, minimised
R = FMT((99.995 - -2147483647), "10R2Z")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
