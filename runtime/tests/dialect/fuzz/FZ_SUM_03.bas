* SUM of a number: the number becomes text inside ScarletDME's _SUM program, at its PRECISION 4
PRECISION 1
PRINT "C1:":SUM(EXP(1)):"|":SUM(1.23456):"|":SUM(10.8837)
PRECISION 0
PRINT "C2:":SUM(PWR(118.456, 0.5)):"|":SUM(2.5)
PRINT "done"
END
