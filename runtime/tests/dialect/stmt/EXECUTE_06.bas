* EXECUTE ... PASSLIST: a bare PASSLIST (before another clause, a reserved word, ';' or the end)
* passes list 0 as every EXECUTE does; PASSLIST var moves the list out of the variable (left
* unassigned); a variable holding no select list is 'Incorrect data type in NAME'
EXECUTE "CREATE.FILE PLF" CAPTURING OUT
OPEN "PLF" TO F ELSE STOP
FOR I = 1 TO 5
   WRITE I ON F, "K":I
NEXT I
SELECT "K1":@FM:"K2"
EXECUTE "COUNT PLF" PASSLIST CAPTURING OUT
PRINT "bare before CAPTURING: ":OUT
SELECT "K1":@FM:"K2":@FM:"K3"
EXECUTE "COUNT PLF" CAPTURING OUT PASSLIST ; PRINT "bare before ';': ":OUT
SELECTV "K4":@FM:"K5" TO LV
EXECUTE "COUNT PLF" PASSLIST PASSLIST LV CAPTURING OUT RETURNING RC
PRINT "bare then named: ":OUT:" rc ":RC:" assigned ":ASSIGNED(LV)
SELECTV "K1":@FM:"K9":@FM:"K2" TO LV
COPY = LV
EXECUTE "SELECT PLF" PASSLIST LV CAPTURING OUT
PRINT "named: ":OUT:", ":@SELECTED
READLIST R THEN PRINT "list 0 after: ":CONVERT(@FM, ",", R)
READNEXT ID FROM COPY THEN PRINT "copy: ":ID ELSE PRINT "copy shares the moved list"
EXECUTE "DISPLAY x" RTNLIST RL CAPTURING OUT
PRINT "rtnlist of no list assigned: ":ASSIGNED(RL)
READNEXT ID FROM RL THEN PRINT "unexpected" ELSE PRINT "rtnlist of no list is empty"
EXECUTE "COUNT PLF" PASSLIST RL CAPTURING OUT
PRINT "empty list passed: ":OUT
* PASSLIST of a variable holding a string, run in a program of its own
OPEN "BP" TO BP ELSE STOP
SRC = "X = 'K1'"
SRC<-1> = "EXECUTE 'COUNT PLF' PASSLIST X CAPTURING OUT"
SRC<-1> = "PRINT 'not reached'"
SRC<-1> = "END"
WRITE SRC ON BP, "ST.PL6"
EXECUTE "BASIC BP ST.PL6" CAPTURING OUT
EXECUTE "RUN BP ST.PL6" CAPTURING OUT TRAPPING ABORTS
PRINT "captured: [":OUT:"] abort code ":@ABORT.CODE
M = @ABORT.MESSAGE
T = M[INDEX(M, ": ", 1) + 2, 999]
PRINT "message: ":T[1, INDEX(T, " of ", 1) - 1]
PRINT "done"
