* too many arguments to OCONV inside PRINT
PRINT OCONV("abc", "MCU", 3)
PRINT "done"
END
