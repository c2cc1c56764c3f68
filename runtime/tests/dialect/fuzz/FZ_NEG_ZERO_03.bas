* FMT and MD of a negative zero: ScarletDME's ftoa prints it with C's printf, which keeps the
* sign (-0.00); a negative value that rounds to zero has no sign
Z = 0 * -0.5
PRINT "C1:":FMT(Z, "L2"):"|":FMT(Z, "10C"):"|":FMT(INT(-0.2), "R"):"|":FMT(-0.001, "R2"):"|":FMT(Z, "R2,$")
PRINT "C2:":OCONV(Z, "MD2,"):"|":OCONV(Z, "MD2$"):"|":OCONV(Z, "MD0"):"|":OCONV(-0.001, "MD2"):"|":OCONV(Z, "MD2-")
PRINT "C3:":Z:"|":-Z:"|":FMT(Z, "R2Z"):"|":OCONV(Z, "MD2Z")
PRINT "done"
END
