* difftest: seed 1556 case C6 (generator of ready/fuzz-3), minimised
D = RAISE(REPLACE("", 3, 4, 1, 3.14159))
X = "aaa"
LOCATE X IN D<1> SETTING P THEN R = 'Y':P ELSE R = 'N':P
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
