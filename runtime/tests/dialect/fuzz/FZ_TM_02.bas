* difftest: seed 66 case C40, minimised
R = GES("Mixed Case 123":@VM:"$12":@VM:"ABC":@TM:"The quick brown fox":@VM:"a.b.c", -99999)
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
