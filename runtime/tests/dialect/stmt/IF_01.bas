* IF forms: single line THEN/ELSE, blocks, ELSE only, nested, truth of strings and numbers
VALS = 0:@FM:1:@FM:-1:@FM:"":@FM:"0":@FM:"00":@FM:"0.0":@FM:"abc":@FM:" ":@FM:"1E2"
FOR I = 1 TO DCOUNT(VALS, @FM) + 1
   V = VALS<I>
   IF V THEN T = "true" ELSE T = "false"
   PRINT "[":V:"] ":T
NEXT I
X = 5
IF X > 3 ELSE PRINT "not printed"
IF X < 3 ELSE PRINT "else-only form"
IF X > 3 THEN
   IF X > 4 THEN PRINT "nested" ELSE PRINT "no"
END ELSE
   PRINT "outer else"
END
IF X = 5 THEN PRINT "a" ; PRINT "b" ELSE PRINT "c"
PRINT "done"
