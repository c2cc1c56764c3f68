* Line continuation after a comma in a CALL argument list and PRINT
X = OCONV("abc",
   "MCU")
PRINT X,
   "y"
A = "1":@FM:"2"
CONVERT @FM TO ","
   IN A
PRINT A
PRINT "done"
END
