* SUPPORT: ST.SHAPE.CLS ST.RECT.CLS
* CLASS ... INHERITS: own names first, then the inherited object's; GET/SET
* routines with arguments; UNDEFINED handlers; DISINHERIT of
* the first inherited object leaves it inherited (as ScarletDME does)
EXECUTE "BASIC BP ST.SHAPE.CLS" CAPTURING JUNK
EXECUTE "CATALOG BP ST.SHAPE.CLS LOCAL" CAPTURING JUNK
EXECUTE "BASIC BP ST.RECT.CLS" CAPTURING JUNK
EXECUTE "CATALOG BP ST.RECT.CLS LOCAL" CAPTURING JUNK
R = OBJECT("ST.RECT.CLS", 3, 4)
PRINT R->DESCRIBE:" of area ":R->AREA
PRINT "kind: ":R->KIND
R->SIDE(2) = "east"
R->SIDE(4) = "west"
PRINT "sides: ":R->SIDES:" [":R->SIDE(2):"] [":R->SIDE(3):"]"
PRINT R->COLOUR
PRINT R->COLOUR("red")
R->COLOUR(1) = 2
I = R->INNER
PRINT "inner area: ":I->AREA
I->W = 7
PRINT "inner area: ":I->AREA:" outer area: ":R->AREA
R->FORGET
PRINT "after forget: ":R->DESCRIBE
S = OBJECT("ST.SHAPE.CLS")
PRINT S->DESCRIBE:" ":S->AREA:" ":OBJINFO(S, 1)
PRINT "done"
