* Text left on a line after a complete statement is the next statement
* (BCOMP): it runs after the line's outermost statement, even when that
* statement is an IF whose single-line clause held the first one
IF 0 THEN NULL PRINT "after a false IF"
IF 0 THEN IF 0 THEN NULL PRINT "after two false IFs"
IF 1 THEN NULL ELSE NULL PRINT "after IF ... ELSE"
NULL PRINT "after NULL"
CLEARSELECT ALL PRINT "after CLEARSELECT ALL"
X = "a"
LOCATE "b" IN X<1> SETTING P ELSE NULL PRINT "after LOCATE ... ELSE"
IF 0 THEN IF 1 THEN
   PRINT "not printed"
END PRINT "after a block END"
FOR I = 1 TO 2
   IF I = 2 THEN NULL PRINT "in the loop, I = ":I
NEXT I
PRINT "done"
END
