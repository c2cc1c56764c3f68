* DATA queues input; CLEARDATA empties the queue (SYSTEM(10) says if data is waiting)
PRINT "queued before: ":SYSTEM(10)
DATA "first", "second"
PRINT "queued after DATA: ":SYSTEM(10)
INPUT X
PRINT "got ":X
CLEARDATA
PRINT "queued after CLEARDATA: ":SYSTEM(10)
DATA 3
INPUT N
PRINT "N+1=":N+1
PRINT "done"
