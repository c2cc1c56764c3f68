* difftest: seed 59 case C10, minimised
R = REM(INT((-99999 / 1000)), -3)
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
