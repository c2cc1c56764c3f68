SUBROUTINE CCSTATE(RESULT, SRC, STATE, DIRECTION)
* a user conversion (its name has no dot: a conversion code ends its name at
* the first dot): the result names the direction, the state is the source
RESULT = SRC:"/":DIRECTION
STATE = SRC
RETURN
END
