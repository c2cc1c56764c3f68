* difftest: seed 367 case C13 (generator of ready/fuzz-3), minimised
D = "0"
X = CHAR(0)
LOCATE X IN D<1,1> BY "DR" SETTING P THEN R = 'Y':P ELSE R = 'N':P
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
