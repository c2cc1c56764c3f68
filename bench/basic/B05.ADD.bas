SUBROUTINE B05.ADD(ACC, X)
* Support for B05_CALL: adds 7 * X to ACC (by reference), modulo 1000003
   ACC = MOD(ACC + X * 7, 1000003)
   RETURN
END
