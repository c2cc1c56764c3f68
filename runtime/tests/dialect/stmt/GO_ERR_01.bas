* GO takes an optional TO, not SUB: GO SUB L4 goes to a label SUB (never
* defined, reported at the last line) and leaves L4 as a statement
GO TO L1
PRINT "no"
L1: PRINT "at L1"
GO L2
L2: GOSUB L3
STOP
L3: GO SUB L4
RETURN
L4: PRINT "L4"
RETURN
END
