* difftest profile stmts (seeds 1001096 C22, 1003192 C21): OCONV MO0C reads the bytes as signed
* chars, so bytes from 0x80 get a top octal digit of 4..7 (@FM is 776); MX0C and MB0C do not show it
PRINT OCONV("A":@FM:@VM:@SM:@TM:CHAR(128):CHAR(191):CHAR(127), "MO0C")
PRINT OCONV("A":@FM:CHAR(128):CHAR(127), "MX0C")
PRINT OCONV(@FM:CHAR(128), "MB0C")
PRINT "done"
