* difftest: seed 41 case C14, minimised
R = OCONV("+4", "MCX")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
