* A matrix called SUB or SUBROUTINE: a statement starting with the name and a bracket
* is the SUBROUTINE statement to ScarletDME's compiler, not an element assignment
* (FUNCTION(2) = 5 and SUB = 4 are assignments)
DIM SUB(3), FUNCTION(3)
MAT SUB = 0
SUB = 4
FUNCTION(2) = 5
SUB(2) = 5
PRINT FUNCTION(2)
END
