* Student grades held in matrices: DIM, MAT assignment, MATPARSE/MATBUILD, averages
PROGRAM GRADES
   DIM SCORES(5,4), NAMES(5), AVG(5)
   MAT SCORES = 0
   MAT AVG = ''
   ROSTER = 'Ann,Ben,Cal,Dee,Eli'
   MATPARSE NAMES FROM ROSTER, ','
   PRINT 'Students: ':INMAT()
   RAW = '78 91 85 60|55 62 70 48|99 100 98 97|70 70 70 70|88 45 92 x'
   FOR S = 1 TO 5
      ROW = FIELD(RAW, '|', S)
      FOR T = 1 TO 4
         V = FIELD(ROW, ' ', T)
         IF NOT(NUM(V)) THEN
            PRINT 'Non-numeric score for ':NAMES(S):' test ':T:': ':V
            V = 0
         END
         SCORES(S,T) = V
      NEXT T
   NEXT S
   BEST = 0 ; BEST.NAME = ''
   FOR S = 1 TO 5
      TOT = 0
      FOR T = 1 TO 4 ; TOT += SCORES(S,T) ; NEXT T
      AVG(S) = TOT / 4
      GOSUB GRADE
      PRINT FMT(NAMES(S),'L#5'):FMT(TOT,'R#5'):FMT(AVG(S),'R1#7'):'  ':LETTER
      IF AVG(S) > BEST THEN BEST = AVG(S) ; BEST.NAME = NAMES(S)
   NEXT S
   PRINT 'Best: ':BEST.NAME:' with ':BEST
   * column averages
   LINE = ''
   FOR T = 1 TO 4
      TOT = 0
      FOR S = 1 TO 5 ; TOT += SCORES(S,T) ; NEXT S
      LINE<-1> = OCONV(TOT * 10 / 5, 'MD1')
   NEXT T
   PRINT 'Test averages: ':CHANGE(LINE, @FM, ' / ')
   MATBUILD OUT FROM AVG, 2, 4
   PRINT 'Averages 2-4: ':CONVERT(@FM, ';', OUT)
   DIM COPY(5)
   MAT COPY = MAT AVG
   COPY(1) = 'changed'
   PRINT 'Copy independent: ':AVG(1):' ':COPY(1)
   MATBUILD ALL FROM NAMES
   PRINT 'All names as a dynamic array: ':CONVERT(@FM,'^',ALL)
   * a matrix with fewer elements than fields: the rest lands in element 0
   DIM SMALL(3)
   MATPARSE SMALL FROM 'a^b^c^d^e', '^'
   PRINT 'SMALL: ':SMALL(1):SMALL(2):SMALL(3):' extra: ':SMALL(0):' inmat ':INMAT()
   PRINT 'done'
   STOP

GRADE:
   BEGIN CASE
      CASE AVG(S) >= 90 ; LETTER = 'A'
      CASE AVG(S) >= 75 ; LETTER = 'B'
      CASE AVG(S) >= 60 ; LETTER = 'C'
      CASE 1 ; LETTER = 'F'
   END CASE
   RETURN
END
