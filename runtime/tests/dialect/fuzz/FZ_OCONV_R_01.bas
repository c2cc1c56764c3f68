* R (range) and LOCATE's numeric order read integers with strnint: the
* digits accumulate as a positive 32-bit value, so -2147483648 is not an
* integer (returned unchanged) while 00000000003 is 3
PRINT "C1:[":OCONV(-2147483648, "R-5,5"):"]"
PRINT "C2:[":OCONV(-1 - 2147483647, "R1,100"):"]"
PRINT "C3:[":OCONV(-2147483647, "R1,100"):"]"
PRINT "C4:[":OCONV("-2147483648", "R1,100"):"]":STATUS()
PRINT "C5:[":OCONV("00000000005", "R1,9"):"]":STATUS()
PRINT "C6:[":OCONV("-", "R-1,1"):"]":STATUS()
PRINT "C7:[":OCONV("", "R1,2"):"]":STATUS()
PRINT "C8:[":OCONV(2.5, "R1,2"):"]":STATUS()
D = "-2147483648":@FM:"-3":@FM:"5"
LOCATE "-3" IN D<1> BY "AR" SETTING P THEN PRINT "C9:Y":P ELSE PRINT "C9:N":P
D = "1":@FM:"00000000003":@FM:"5"
LOCATE "2" IN D<1> BY "AR" SETTING P THEN PRINT "C10:Y":P ELSE PRINT "C10:N":P
LOCATE "00000000003" IN D<1> BY "AR" SETTING P THEN PRINT "C11:Y":P ELSE PRINT "C11:N":P
PRINT "done"
END
