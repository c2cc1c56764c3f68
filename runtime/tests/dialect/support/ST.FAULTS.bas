* Commits one run-time fault, chosen by the word after the program name (RUN BP ST.FAULTS n)
N = FIELD(@SENTENCE, " ", 4)
DIM M(3)
BEGIN CASE
   CASE N = 1
      X = UNSET + 1
   CASE N = 2
      X = "abc" + 1
      PRINT "non-numeric sum: ":X
   CASE N = 3
      X = 10 / 0
      PRINT "divided: ":X
   CASE N = 4
      M(5) = "x"
   CASE N = 5
      RETURN
   CASE N = 6
      CALL NO.SUCH.SUBROUTINE
   CASE N = 7
      READ R FROM NOT.OPENED, "X" ELSE PRINT "else"
   CASE N = 8
      OPENSEQ "f.txt" TO S ELSE NULL
      CLOSESEQ S
      WRITESEQ "x" TO S ELSE PRINT "write else"
   CASE N = 9
      X = MOD(5, 0)
      PRINT "mod: ":X
   CASE N = 10
      Y = M(0)
      PRINT "element zero: [":Y:"]"
   CASE N = 11
      DIM Q(0)
      PRINT "dim 0 ok"
   CASE N = 12
      X = "1,000" * 2
      PRINT "comma number: ":X
   CASE N = 13
      X = "" + 5
      PRINT "empty plus 5: ":X
   CASE N = 14
      X = SQRT(-4)
      PRINT "sqrt: ":X
   CASE N = 15
      OPEN "VOC" TO F ELSE STOP
      PRINT "file var: ":F
   CASE N = 16
      X = " 12 " + 1
      PRINT "spaces: ":X
END CASE
PRINT "end of fault ":N
