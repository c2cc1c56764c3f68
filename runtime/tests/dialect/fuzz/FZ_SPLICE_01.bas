* SPLICE: two empty elements of longer strings give the separator; only two empty strings give ""
X = SPLICE("a":@VM:"", "-", "1")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN X
PRINT "CA:":X
X = SPLICE("a":@VM:"", "x":@FM:"y", "1")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN X
PRINT "CB:":X
X = SPLICE("a":@VM:"":@VM:"c", "-", "1")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN X
PRINT "CC:":X
X = CATS("a":@VM:"":@VM:"c", "1")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN X
PRINT "CD:":X
X = SPLICE("", "-", "")
PRINT "CE:":X
X = SPLICE("a":@VM:"":@VM:"c", "-", "1":@VM:"":@VM:"")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN X
PRINT "CF:":X
PRINT "done"
END
