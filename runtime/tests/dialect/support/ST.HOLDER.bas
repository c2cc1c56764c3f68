* Phantom of LOCK_03: takes locks, signals through file SYNC, ends holding a lock
* (each wait gives up after about 30 seconds, so a failed run leaves no process behind)
OPEN "SYNC" TO S ELSE STOP
OPEN "LKDATA" TO F ELSE STOP
READU X FROM F, "U1" ELSE NULL
READL X FROM F, "L1" ELSE NULL
LOCK 9
WRITE "yes" ON S, "READY"
N = 0
LOOP
   READ R FROM S, "GO" ELSE R = ""
UNTIL R # "" OR N > 600 DO NAP 50 ; N += 1 REPEAT
RELEASE
FILELOCK F
WRITE "yes" ON S, "STAGE2"
N = 0
LOOP
   READ R FROM S, "GO2" ELSE R = ""
UNTIL R # "" OR N > 600 DO NAP 50 ; N += 1 REPEAT
FILEUNLOCK F
READU X FROM F, "U1" ELSE NULL
WRITE "yes" ON S, "FINISHED"
