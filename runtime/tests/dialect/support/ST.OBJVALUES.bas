* Objects and files used as values, one per run: RUN BP ST.OBJVALUES n
N = FIELD(@SENTENCE, " ", 4)
A = OBJECT("ST.GRID.CLS", "v")
B = A
EXECUTE "CREATE.FILE OBJV.F" CAPTURING JUNK
OPEN "OBJV.F" TO F ELSE STOP "no file"
OPEN "OBJV.F" TO G ELSE STOP "no file"
PRINT "case ":N:" file true: ":(IF F THEN 1 ELSE 0)
BEGIN CASE
   CASE N = 1 ; X = (A = B)
   CASE N = 2 ; IF A THEN X = 1
   CASE N = 3 ; X = (A < "x")
   CASE N = 4 ; X = (F = G)
   CASE N = 5 ; X = NOT(A)
END CASE
PRINT "not reached"
END
