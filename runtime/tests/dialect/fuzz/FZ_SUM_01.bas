* difftest: seed 5072 case C14, minimised
PRECISION 7
R = SUM(SUM(SUM(7:@VM:1.005:@FM:0.00001:@VM:0)))
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRECISION 4
PRINT "done"
END
