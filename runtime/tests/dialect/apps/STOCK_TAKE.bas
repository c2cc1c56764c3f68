* Annual stock take: count sheets applied to the stock file under update locks.
* READU/WRITEU/WRITE/RELEASE sequences, READL shared locks, MATREADL, WRITEVU,
* RECORDLOCKED() values through each step, a second file variable on the same file,
* FILELOCK/FILEUNLOCK around the whole run, and RELEASE with no arguments.
EXECUTE 'CREATE.FILE STK.TAKE' CAPTURING JUNK
OPEN 'STK.TAKE' TO F1 ELSE STOP 'no file'
OPEN 'STK.TAKE' TO F2 ELSE STOP 'no file 2'
ITEMS = 'B100|Bolts M6|400|0.05':@FM:'N200|Nuts M6|380|0.03':@FM:'W300|Washers|1000|0.01'
ITEMS<-1> = 'S400|Screws 4x40|150|0.07':@FM:'H500|Hinges|24|1.85'
FOR I = 1 TO DCOUNT(ITEMS, @FM)
   WRITE CONVERT('|', @FM, FIELD(ITEMS<I>, '|', 2, 3)) ON F1, FIELD(ITEMS<I>, '|', 1)
NEXT I
FILELOCK F1 LOCKED PRINT 'file lock refused'
PRINT 'filelock taken, status ':STATUS()
COUNTS = 'B100=390':@FM:'N200=380':@FM:'W300=1010':@FM:'X999=5':@FM:'H500=20'
VAR.VAL = 0
FOR I = 1 TO DCOUNT(COUNTS, @FM)
   ID = FIELD(COUNTS<I>, '=', 1) ; CNT = FIELD(COUNTS<I>, '=', 2)
   READU REC FROM F1, ID LOCKED
      PRINT ID:' locked by another user'
      CONTINUE
   END THEN
      DIFF = CNT - REC<2>
      IF DIFF = 0 THEN
         PRINT ID:' agrees, released: ':RECORDLOCKED(F1, ID):
         RELEASE F1, ID
         PRINT ' -> ':RECORDLOCKED(F1, ID)
         CONTINUE
      END
      REC<2> = CNT
      REC<4, -1> = 'ADJ ':DIFF
      VAR.VAL += DIFF * REC<3>
      WRITEU REC ON F1, ID
      PRINT ID:' adjusted ':FMT(DIFF, 'R#5'):' value ':FMT(DIFF * REC<3>, 'R2#7'):' still locked ':RECORDLOCKED(F1, ID):' via F2 ':RECORDLOCKED(F2, ID)
   END ELSE
      PRINT ID:' unknown item, status ':STATUS():' lock kept ':RECORDLOCKED(F1, ID)
   END
NEXT I
PRINT 'variance value ':FMT(VAR.VAL, 'R2-#8')
* the same process can read its own locked records through another file variable
READU R2 FROM F2, 'B100' LOCKED PRINT 'B100 locked on F2' ELSE PRINT 'no B100'
PRINT 'B100 on F2 count ':R2<2>:' lock ':RECORDLOCKED(F2, 'B100')
WRITEVU 'Bolts M6 zinc' ON F2, 'B100', 1
PRINT 'after writevu ':RECORDLOCKED(F1, 'B100')
READL SH FROM F1, 'S400' LOCKED PRINT 'S400 locked' ELSE PRINT 'no S400'
PRINT 'shared lock on S400: ':RECORDLOCKED(F1, 'S400')
DIM STK(4)
MATREADL STK FROM F1, 'H500' LOCKED PRINT 'H500 locked' ELSE PRINT 'no H500'
PRINT 'H500 ':STK(1):' qty ':STK(2):' lock ':RECORDLOCKED(F1, 'H500')
RELEASE
PRINT 'after RELEASE: ':RECORDLOCKED(F1, 'B100'):RECORDLOCKED(F1, 'W300'):RECORDLOCKED(F1, 'S400'):RECORDLOCKED(F1, 'X999')
FILEUNLOCK F1
PRINT 'file unlocked, status ':STATUS()
* final stock sheet in id order
SSELECT F1
LOOP
   READNEXT ID ELSE EXIT
   READ REC FROM F1, ID THEN
      PRINT FMT(ID, 'L#6'):FMT(REC<1>, 'L#15'):FMT(REC<2>, 'R#6'):FMT(REC<2> * REC<3>, 'R2,#9'):'  ':CONVERT(@VM, ',', REC<4>)
   END
REPEAT
PRINT 'done'
