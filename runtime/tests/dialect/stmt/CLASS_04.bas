* SUPPORT: ST.POINT.CLS
* Two objects of one class keep their own variables; copies share one object;
* arguments by reference; locals fresh per call; VAR.ARGS; ME; READONLY
EXECUTE "BASIC BP ST.POINT.CLS" CAPTURING JUNK
EXECUTE "CATALOG BP ST.POINT.CLS LOCAL" CAPTURING JUNK
P = OBJECT("ST.POINT.CLS", 1, 2)
Q = OBJECT("ST.POINT.CLS", 10, 20)
R = P
D = 5
PRINT "calls: ":P->MOVE(D, 1)
PRINT "d: ":D
PRINT "calls: ":R->MOVE(2, 2)
P->SHOW
Q->SHOW
T = Q->TWIN
T->X = 99
Q->SHOW
PRINT "readonly y: ":Q->Y
PRINT "sums: ":P->SUM(1):" ":P->SUM(1, 2):" ":P->SUM(1, 2, 3)
W = 4
P->COPYTO(W)
PRINT "w: ":W
PRINT OBJINFO(T, 1)
PRINT "done"
