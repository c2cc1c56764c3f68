* SELECT "" TO n: ScarletDME's compiler takes an empty string literal after SELECT, SSELECT,
* SELECTN and SELECTV for the name of a FILE statement's file while the program has no FILE
* statement, and compiles it as the text "__": the list holds one item "__" (READNEXT takes
* THEN). An empty string in a variable, in parentheses or after FORMLIST makes an empty list;
* after a FILE statement the literal is empty again.
SELECT "" TO 4
PRINT "sel ":@SELECTED
READNEXT ID FROM 4 THEN PRINT "then <":ID:">" ELSE PRINT "else"
READNEXT ID FROM 4 THEN PRINT "then2 <":ID:">" ELSE PRINT "else2"
V = ""
SELECT V TO 5
READNEXT ID FROM 5 THEN PRINT "var then <":ID:">" ELSE PRINT "var else"
SELECT "" TO 0
PRINT "sel ":@SELECTED
READNEXT ID THEN PRINT "0 then <":ID:">" ELSE PRINT "0 else"
SELECT "" TO 6
READLIST L FROM 6 THEN PRINT "readlist then <":L:">" ELSE PRINT "readlist else"
FORMLIST "" TO 8
READNEXT ID FROM 8 THEN PRINT "formlist then" ELSE PRINT "formlist else"
SELECTV "" TO LV
READNEXT ID FROM LV THEN PRINT "selectv <":ID:">" ELSE PRINT "selectv else"
SELECTN "" TO 9
READNEXT ID FROM 9 THEN PRINT "selectn <":ID:">" ELSE PRINT "selectn else"
SSELECT "" TO 3
READNEXT ID FROM 3 THEN PRINT "sselect <":ID:">" ELSE PRINT "sselect else"
SELECT ''
READNEXT ID THEN PRINT "single quotes <":ID:">" ELSE PRINT "single quotes else"
SELECT \\ TO 2
READNEXT ID FROM 2 THEN PRINT "backslashes <":ID:">" ELSE PRINT "backslashes else"
SELECT "":"x" TO 2
READNEXT ID FROM 2 THEN PRINT "concatenated <":ID:">" ELSE PRINT "concatenated else"
SELECT ("") TO 2
READNEXT ID FROM 2 THEN PRINT "parenthesised <":ID:">" ELSE PRINT "parenthesised else"
* a program with a FILE statement (compiled once the file exists)
EXECUTE "CREATE.FILE SLF4" CAPTURING JUNK
OPEN "BP" TO BP ELSE STOP "no BP"
SRC = 'SELECT "" TO 2'
SRC<-1> = 'READNEXT ID FROM 2 THEN PRINT "before FILE <":ID:">" ELSE PRINT "before FILE else"'
SRC<-1> = 'FILE SLF4'
SRC<-1> = 'SELECT "" TO 2'
SRC<-1> = 'READNEXT ID FROM 2 THEN PRINT "after FILE <":ID:">" ELSE PRINT "after FILE else"'
SRC<-1> = 'END'
WRITE SRC ON BP, "ST.SEL4"
EXECUTE "BASIC BP ST.SEL4" CAPTURING OUT
EXECUTE "RUN BP ST.SEL4"
PRINT "done"
