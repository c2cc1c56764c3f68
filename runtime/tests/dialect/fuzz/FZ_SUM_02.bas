* SUM runs as ScarletDME's recursive _SUM program: sub-value level if there are sub-value
* marks, else value level, else field level; other marks (text, item) close a sum; sums are
* displayed at that program's PRECISION 4
PRECISION 7
PRINT "C1:":SUM(1.2345678):"|":SUM(1.2345678:@VM:1)
X = SUM(1:@TM:2:@FM:3:@TM:4)
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN X
PRINT "C2:":X
X = SUM(1:@TM:2:@VM:3:@TM:4)
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN X
PRINT "C3:":X
X = SUM(1:@IM:2:@FM:3)
CONVERT @IM:@FM:@VM:@SM:@TM TO '|^]\~' IN X
PRINT "C4:":X
PRECISION 4
X = SUM(1:@VM:"":@VM:2:@FM:"")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN X
PRINT "C5:":X:"|":SUM(2147483647:@VM:1):"|":LEN(SUM(""))
PRINT "done"
END
