* difftest: seed 5010 case C12, minimised
R = OCONV((-99999 * (-2147483648 * -42)), "MD2D")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
