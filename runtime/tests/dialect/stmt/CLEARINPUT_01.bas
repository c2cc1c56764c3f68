* CLEARINPUT discards the keyboard's type-ahead only: DATA items stay queued; no arguments
* TERMINAL (ScarletDME's CLEARINPUT spins forever when standard input is no terminal)
DATA "first", "second"
CLEARINPUT
INPUT A
PRINT "A=":A
CLEARINPUT ; INPUT B
PRINT "B=":B
CLEARINPUT
IF A # "" THEN CLEARINPUT ELSE PRINT "no"
X = 0
LOOP X += 1 ; CLEARINPUT UNTIL X > 2 REPEAT
PRINT "X=":X
PRINT "done"
