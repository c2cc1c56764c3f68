* difftest: seed 4311 case C33 (generator of ready/fuzz-3), minimised
D = RAISE("$12":@FM:" lead":@SM:" lead":@VM:"trail ":@SM:"a.b.c")
X = "+4"
LOCATE X IN D<1> BY "DR" SETTING P THEN R = 'Y':P ELSE R = 'N':P
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
