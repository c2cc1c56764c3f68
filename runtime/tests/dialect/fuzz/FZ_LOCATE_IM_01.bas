* difftest: seed 1907 case C4 (generator of ready/fuzz-3), minimised
D = CHAR(255)
X = "abc":@VM:"  a  b  "
LOCATE X IN D<1,1> SETTING P THEN R = 'Y':P ELSE R = 'N':P
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
