* Statement-local reserved words as variables inside and after their statements
APPEND = "/tmp" ; OVERWRITE = "R#3" ; RETURNING = "" ; SETTING2 = 1 ; CURRENT.LEVEL = "L#2"
EXECUTE "WHO" CAPTURING C RETURNING RETURNING
PRINT DCOUNT(RETURNING, @FM) > 0
PRINT "[":4 OVERWRITE:"]", "[":4 CURRENT.LEVEL:"]"
OPENSEQ APPEND, "lexfix_nofile_" : @USERNO APPEND TO F THEN PRINT "opened" ELSE PRINT "not opened"
X = "a":@FM:"c"
LOCATE "c" IN X<1> SETTING P THEN PRINT "found ":P
ON 2 GOSUB 10, 20
PRINT "done"
STOP
10 PRINT "at 10" ; RETURN
20 PRINT "at 20" ; RETURN
