* Nested loops with REMOVE, CONTINUE in the inner loop, EXIT from the outer
ORDERS = "o1":@VM:"skip":@VM:"o2":@FM:"stop":@FM:"o3"
FOR F = 1 TO DCOUNT(ORDERS, @FM)
   GROUP = ORDERS<F>
   IF GROUP = "stop" THEN EXIT
   LOOP
      REMOVE O FROM GROUP SETTING D
      IF O = "skip" THEN CONTINUE
      PRINT "process ":O
   WHILE D DO REPEAT
NEXT F
PRINT "stopped at field ":F
PRINT "done"
