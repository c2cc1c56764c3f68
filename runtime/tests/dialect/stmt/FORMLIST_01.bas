* FORMLIST makes a select list from a dynamic array; TO a numbered list
IDS = "K1":@FM:"K2":@FM:"K3"
FORMLIST IDS
LOOP
   READNEXT ID ELSE EXIT
   PRINT ID:" ":
REPEAT
PRINT
FORMLIST "X":@FM:"Y" TO 5
READNEXT A FROM 5 ELSE A = "?"
READNEXT B FROM 5 ELSE B = "?"
READNEXT C FROM 5 ELSE C = "(end)"
PRINT A:B:" ":C
FORMLIST "" TO 2
READNEXT E FROM 2 THEN PRINT "empty list gave [":E:"]" ELSE PRINT "empty list is empty"
PRINT "done"
