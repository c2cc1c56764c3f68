* SELECTE TO var: takes what is left of list 0 into a list variable; list 0 is then inactive; with no list the variable is empty
SELECT "a":@FM:"b":@FM:"c"
READNEXT X ELSE NULL
SELECTE TO L
N = 0
LOOP
   READNEXT X FROM L ELSE EXIT
   N += 1
   PRINT "from variable: ":X
REPEAT
READNEXT X THEN PRINT "list 0 still active?" ELSE PRINT "list 0 inactive"
SELECTE TO E
READNEXT X FROM E THEN PRINT "empty gave ":X ELSE PRINT "no list: empty variable"
PRINT "done"
