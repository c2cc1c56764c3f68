* EXIT leaves the innermost loop; code after the loop runs
FOUND = ""
LIST = "red":@FM:"green":@FM:"blue":@FM:"green"
FOR I = 1 TO DCOUNT(LIST, @FM)
   IF LIST<I> = "green" THEN FOUND = I ; EXIT
NEXT I
PRINT "first green at ":FOUND:", I=":I
I = 0
LOOP
   I += 1
   J = 0
   LOOP
      J += 1
      IF J = 2 THEN EXIT
   REPEAT
   IF I = 3 THEN EXIT
REPEAT
PRINT "I=":I:" J=":J
PRINT "done"
