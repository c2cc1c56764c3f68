* MD of a numeric string: decimals present (for P) is judged on the double it reads as,
* so "-2147483648" and "3.0" scale
D = OCONVS(1.005:@VM:-2147483648:@VM:"3.0":@VM:7, "MD1P")
CONVERT @VM TO "|" IN D
PRINT "C1:":D:"|":OCONV("-2147483648", "MD1P"):"|":OCONV("3.0", "MD2P"):"|":OCONV("3.5", "MD2P")
PRINT "done"
END
