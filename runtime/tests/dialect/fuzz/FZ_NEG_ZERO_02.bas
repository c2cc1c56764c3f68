* difftest: seed 45 case C35, minimised
R = -PWR(COUNT("$12", "a.b.c":@FM:"a.b.c"), 2)
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
