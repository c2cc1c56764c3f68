* FMT decimals: ScarletDME's ftoa rounds the exact binary value printed with 15 decimals
PRINT "C1:":FMT(2147483746.995, "R2"):"|":FMT(99.995 + 1000000, "R2"):"|":FMT(1234567.891, "R2,")
PRINT "C2:":FMT(-0.001, "R2"):"|":FMT(-0.005, "R2"):"|":FMT(0.125, "R2"):"|":FMT(2.675, "R2")
PRINT "C3:":FMT(4294967296.5, "R0"):"|":FMT(1000 + 0.0005, "R3"):"|":FMT(-2147483648 * 3.14159, "R4")
PRINT "done"
END
