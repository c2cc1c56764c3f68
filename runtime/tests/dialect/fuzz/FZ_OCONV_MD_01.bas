* difftest: seed 5067 case C39, minimised
R = OCONV(-0.00001, "MD2$")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
