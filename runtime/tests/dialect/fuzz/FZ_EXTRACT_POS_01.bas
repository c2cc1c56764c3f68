* difftest: seed 1348 case C13 (generator of ready/fuzz-3), minimised
R = EXTRACT("a b c d", 1, MOD(ABS(INT(-2147483647)),11)-1, MOD(ABS(INT(COS(8))),11)-1)
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
