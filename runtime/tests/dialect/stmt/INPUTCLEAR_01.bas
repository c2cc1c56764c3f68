* INPUTCLEAR is CLEARINPUT: type-ahead discarded, DATA items kept
* TERMINAL (ScarletDME's INPUTCLEAR spins forever when standard input is no terminal)
DATA "one"
INPUTCLEAR
DATA "two"
INPUT A
INPUTCLEAR
INPUT B
PRINT A:"/":B
IF B = "two" THEN INPUTCLEAR
PRINT "done"
