* SUPPORT: ST.CONSTS.H
* INCLUDE statement form and $INSERT, with an explicit file name
INCLUDE BP ST.CONSTS.H
PRINT ST.MAX + 1
PRINT "done"
