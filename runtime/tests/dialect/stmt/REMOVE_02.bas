* REMOVE with text marks (CHAR(251) and CHAR(250)); SETREM/GETREM positions; REMOVE function form
R = "a":@TM:"b":CHAR(250):"c"
LOOP
   REMOVE X FROM R SETTING D
   PRINT X:" ":D
WHILE D REPEAT
S = "one":@FM:"two":@FM:"three"
X = REMOVE(S, D)
PRINT "function form: ":X:" ":D:" pos ":GETREM(S)
SETREM 0 ON S
REMOVE X FROM S SETTING D
PRINT "after SETREM 0: ":X
SETREM 8 ON S
REMOVE X FROM S SETTING D
PRINT "after SETREM 8: ":X
PRINT "done"
