* Reading a dynamic array with REMOVE in a loop; several WHILE clauses
LIST = "10":@FM:"20":@VM:"30":@FM:"stop":@FM:"40"
TOTAL = 0
LOOP
   REMOVE X FROM LIST SETTING D
WHILE NUM(X)
WHILE X # ""
   TOTAL += X
WHILE D
REPEAT
PRINT "total before stop: ":TOTAL
PRINT "done"
