SUBROUTINE A3.SCALE(MAT GRID, FACTOR)
* Multiplies every cell of a two-dimensional array in place and rounds to 2 places.
DIM GRID(3, 4)
COMMON /RPT/ RPT.NAME, RPT.CALLS, RPT.LOG
RPT.CALLS += 1
FOR R = 1 TO 3
   FOR C = 1 TO 4
      GRID(R, C) = OCONV(ICONV(GRID(R, C) * FACTOR, 'MD2'), 'MD2')
   NEXT C
NEXT R
RPT.LOG<-1> = RPT.NAME:': scaled by ':FACTOR
RETURN
END
