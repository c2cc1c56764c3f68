* Conway's game of life on a small wrapped grid held in a two-dimensional matrix
EQU ROWS TO 6, COLS TO 8
DIM GRID(ROWS, COLS), NEXTG(ROWS, COLS)
MAT GRID = 0
* a glider and a blinker
START = '2,3;3,4;4,2;4,3;4,4;1,7;2,7;3,7'
FOR K = 1 TO DCOUNT(START, ';')
   CELL = FIELD(START, ';', K)
   GRID(FIELD(CELL, ',', 1), FIELD(CELL, ',', 2)) = 1
NEXT K
FOR GEN = 0 TO 3
   PRINT 'Generation ':GEN:':'
   LIVE = 0
   FOR R = 1 TO ROWS
      LINE = ''
      FOR C = 1 TO COLS
         IF GRID(R, C) THEN LINE := '#' ; LIVE += 1 ELSE LINE := '.'
      NEXT C
      PRINT '  ':LINE
   NEXT R
   PRINT '  live cells: ':LIVE
   IF GEN = 3 THEN EXIT
   FOR R = 1 TO ROWS
      FOR C = 1 TO COLS
         N = 0
         FOR DR = -1 TO 1
            FOR DC = -1 TO 1
               IF DR = 0 AND DC = 0 THEN CONTINUE
               RR = MOD(R + DR - 1 + ROWS, ROWS) + 1
               CC = MOD(C + DC - 1 + COLS, COLS) + 1
               N += GRID(RR, CC)
            NEXT DC
         NEXT DR
         BEGIN CASE
            CASE GRID(R, C) AND (N = 2 OR N = 3) ; NEXTG(R, C) = 1
            CASE NOT(GRID(R, C)) AND N = 3 ; NEXTG(R, C) = 1
            CASE 1 ; NEXTG(R, C) = 0
         END CASE
      NEXT C
   NEXT R
   MAT GRID = MAT NEXTG
NEXT GEN
PRINT 'done'
END
