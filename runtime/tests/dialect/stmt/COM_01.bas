* SUPPORT: ST.COMSHOW
* COM is COMMON: shared with a subroutine by position; named blocks with COM /NAME/
COM A, B(2)
COM /BLK/ C
A = "one"
B(2) = "two"
C = "three"
CALL ST.COMSHOW
PRINT "back: ":A
PRINT "done"
