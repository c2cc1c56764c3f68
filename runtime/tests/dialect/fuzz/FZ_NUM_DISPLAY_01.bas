* difftest: seed 3 case C6, minimised
R = (3.14159 + (123.456 * -2147483648))
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
