* SUPPORT: ST.SET.CLS
* SET property routines of a CLASS: assignment calls SET with the value, arguments, no GET, SET only
EXECUTE "BASIC BP ST.SET.CLS" CAPTURING OUT
PRINT "compiled: ":(INDEX(OUT, "no errors", 1) > 0)
EXECUTE "CATALOG BP ST.SET.CLS LOCAL" CAPTURING JUNK
OBJ = OBJECT("ST.SET.CLS")
OBJ->PRICE = 12.5
PRINT "price ":OBJ->PRICE
OBJ->PRICE = -3
PRINT "after negative ":OBJ->PRICE
OBJ->CELL(2) = "x"
OBJ->CELL(4) = "y"
PRINT "cells ":OBJ->CELL(2):OBJ->CELL(3):OBJ->CELL(4)
OBJ->LOG = "one"
OBJ->LOG = "two"
PRINT "log ":OBJ->COUNT
OBJ->WRITEONLY = 7
PRINT "set only done"
PRINT "done"
