* difftest: seed 55 case C17, minimised
R = NUMS("a b c d":@TM:"The quick brown fox")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
