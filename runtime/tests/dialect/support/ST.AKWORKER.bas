* Phantom of SELECTINDEX_04: writes, rewrites and deletes records of the indexed file AKSHARED
* while the program that started it does the same, then signals through file AKSYNC
* (the wait gives up after about 30 seconds, so a failed run leaves no process behind)
OPEN "AKSYNC" TO S ELSE STOP
OPEN "AKSHARED" TO F ELSE STOP
WRITE "yes" ON S, "READY"
N = 0
LOOP
   READ R FROM S, "GO" ELSE R = ""
UNTIL R # "" OR N > 600 DO NAP 50 ; N += 1 REPEAT
FOR I = 1 TO 60
   WRITE "BOTH":@FM:"P" ON F, "P":I
NEXT I
FOR I = 1 TO 60 STEP 3
   WRITE "PHANTOM":@FM:"P" ON F, "P":I
NEXT I
FOR I = 2 TO 60 STEP 6
   DELETE F, "P":I
NEXT I
WRITE "yes" ON S, "FINISHED"
