* A work queue in a dynamic array: push, pop from the front, priorities with LOCATE BY "AR"
QUEUE = "" ; PRI = ""
JOBS = "backup,3":@FM:"email,1":@FM:"report,2":@FM:"cleanup,3":@FM:"alert,0"
FOR I = 1 TO DCOUNT(JOBS, @FM)
   NAME = FIELD(JOBS<I>, ",", 1) ; P = FIELD(JOBS<I>, ",", 2)
   LOCATE P IN PRI<1,1> BY "AR" SETTING POS ELSE NULL
   LOOP WHILE PRI<1,POS> = P DO POS += 1 REPEAT
   INS P BEFORE PRI<1,POS>
   INS NAME BEFORE QUEUE<1,POS>
NEXT I
LOOP
WHILE QUEUE # "" DO
   JOB = QUEUE<1,1> ; P = PRI<1,1>
   DEL QUEUE<1,1> ; DEL PRI<1,1>
   PRINT "run ":JOB:" (":P:")"
REPEAT
PRINT "done"
