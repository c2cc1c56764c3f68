SUBROUTINE ST.COMINIT
* Sets the unnamed common under different names
   COMMON X, Y, Z
   X = "first" ; Y = "second" ; Z = X:Y
RETURN
