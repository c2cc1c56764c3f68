* A 0x constant whose text (with the 0 before the x) is over 20 characters
* is read by ScarletDME as the decimal number its digits spell
PRINT 0x000000000000000000010
PRINT 0x000000000000000099999
PRINT 0x0000000000000000000000000099
PRINT 0x00000000000000000001
* 00x5 is 00 formatted by the variable X5; 0x.5 is 0 then the label .5
X5 = "R#4"
PRINT 00x5
PRINT "done"
