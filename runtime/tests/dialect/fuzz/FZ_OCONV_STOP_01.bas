* OCONV runs the value-mark separated parts in turn and stops at the first one that sets a
* non-zero STATUS(): later parts are not applied (mvbasic went on)
X = OCONV("abc", "R1,20":@VM:"MCU") ; PRINT "1 [":X:"]|":STATUS()
X = OCONV(-7, "R1,20":@VM:"MCU") ; PRINT "2 [":X:"]|":STATUS()
X = OCONV("", "R1,20":@VM:"MCU") ; PRINT "3 [":X:"]|":STATUS()
X = OCONV("0.5", "R1,20":@VM:"L0") ; PRINT "4 [":X:"]|":STATUS():VARTYPE(X)
X = OCONV(12, "Q":@VM:"L0") ; PRINT "5 [":X:"]|":STATUS():VARTYPE(X)
X = OCONV("ab", "Q":@VM:"MCU") ; PRINT "6 [":X:"]|":STATUS()
X = OCONV("abc", "MD2":@VM:"MCU") ; PRINT "7 [":X:"]|":STATUS()
X = OCONV("ab", "MCU":@VM:"Q":@VM:"MCL") ; PRINT "8 [":X:"]|":STATUS()
X = OCONV("15", "R1,10":@VM:"L0") ; PRINT "9 [":X:"]|":STATUS():VARTYPE(X)
X = OCONVS("ab":@FM:"5", "R1,20":@VM:"MCU") ; CONVERT @FM TO "^" IN X ; PRINT "10 [":X:"]|":STATUS()
PRINT "done"
