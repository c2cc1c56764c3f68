* difftest: seed 6967 case C3 (generator of ready/fuzz-3), minimised
D = 'say "hi"'
X = -2147483648
LOCATE X IN D<1,1> BY "DR" SETTING P THEN R = 'Y':P ELSE R = 'N':P
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
