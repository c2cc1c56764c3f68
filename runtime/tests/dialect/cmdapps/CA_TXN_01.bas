* Bank transfers in transactions: TRANSACTION START / COMMIT / ABORT with READU locks,
* writes seen inside the transaction, rolled back on abort
EXECUTE "CREATE.FILE ACCTS" CAPTURING JUNK
OPEN "ACCTS" TO AF ELSE STOP
WRITE "Alice":@FM:100 ON AF, "A"
WRITE "Bert":@FM:50 ON AF, "B"
GOSUB SHOW
* A good transfer
AMT = 30 ; FROM.ID = "A" ; TO.ID = "B"
GOSUB TRANSFER
GOSUB SHOW
* One that overdraws: aborted
AMT = 500 ; FROM.ID = "B" ; TO.ID = "A"
GOSUB TRANSFER
GOSUB SHOW
* Write inside, read inside, then abort
TRANSACTION START ELSE PRINT "start failed"
   READU C FROM AF, "C" ELSE C = "Carl":@FM:0
   C<2> += 10
   WRITE C ON AF, "C"
   READ R FROM AF, "C" THEN PRINT "inside sees C: ":R<2> ELSE PRINT "inside: no C"
TRANSACTION ABORT
READ R FROM AF, "C" THEN PRINT "C survived abort" ELSE PRINT "C rolled back"
* Delete inside a committed transaction
TRANSACTION START ELSE NULL
   READU R FROM AF, "B" ELSE NULL
   DELETE AF, "B"
TRANSACTION COMMIT ELSE PRINT "commit failed"
READ R FROM AF, "B" THEN PRINT "B still there" ELSE PRINT "B deleted"
PRINT "lock after commit: ":RECORDLOCKED(AF, "B")
PRINT "done"
STOP
TRANSFER:
   TRANSACTION START ELSE PRINT "cannot start" ; RETURN
   READU SRC FROM AF, FROM.ID ELSE TRANSACTION ABORT ; RETURN
   READU DST FROM AF, TO.ID ELSE TRANSACTION ABORT ; RETURN
   PRINT "locks held: ":RECORDLOCKED(AF, FROM.ID):RECORDLOCKED(AF, TO.ID)
   IF SRC<2> < AMT THEN
      PRINT "insufficient funds in ":FROM.ID
      TRANSACTION ABORT
      PRINT "locks after abort: ":RECORDLOCKED(AF, FROM.ID):RECORDLOCKED(AF, TO.ID)
      RETURN
   END
   SRC<2> -= AMT
   DST<2> += AMT
   WRITE SRC ON AF, FROM.ID
   WRITE DST ON AF, TO.ID
   TRANSACTION COMMIT THEN PRINT "moved ":AMT ELSE PRINT "commit failed"
   PRINT "locks after commit: ":RECORDLOCKED(AF, FROM.ID):RECORDLOCKED(AF, TO.ID)
   RETURN
SHOW:
   SSELECT AF
   LINE = ""
   LOOP
      READNEXT ID ELSE EXIT
      READ R FROM AF, ID THEN LINE := ID:"=":R<2>:" "
   REPEAT
   PRINT "balances: ":LINE
   RETURN
END
