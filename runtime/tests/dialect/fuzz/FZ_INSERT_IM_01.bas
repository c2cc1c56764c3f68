* difftest: seed 492 case C26 (generator of ready/fuzz-3), minimised
R = INSERT(CHAR(255), 1; "10")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
