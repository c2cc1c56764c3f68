* SUPPORT: ST.COMINIT
* Unnamed COMMON shared with a subroutine by position (names may differ)
COMMON A, B, C
CALL ST.COMINIT
PRINT A:"/":B:"/":C
PRINT "done"
