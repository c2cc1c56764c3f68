* Stock update with record locks: READU with LOCKED/ELSE, RECORDLOCKED(), WRITEU keeps the
* lock, RELEASE, READVU/WRITEV, FILEINFO on the open file
EXECUTE "CREATE.FILE STOCK" CAPTURING JUNK
OPEN "STOCK" TO STK ELSE STOP "no STOCK"
PRINT "fileinfo open: ":FILEINFO(STK, 0)
PRINT "fileinfo type: ":FILEINFO(STK, 3)
PRINT "fileinfo vocname: ":FILEINFO(STK, 1)
WRITE "Widget":@FM:10:@FM:2.50 ON STK, "W1"
WRITE "Gadget":@FM:0:@FM:7.25 ON STK, "G1"
PRINT "before: ":RECORDLOCKED(STK, "W1")
READU REC FROM STK, "W1" LOCKED
   PRINT "locked by someone"
END THEN
   PRINT "read ":REC<1>:" qty ":REC<2>
END ELSE
   PRINT "no W1"
END
PRINT "after readu: ":RECORDLOCKED(STK, "W1")
REC<2> = REC<2> - 3
WRITEU REC ON STK, "W1"
PRINT "after writeu: ":RECORDLOCKED(STK, "W1")
RELEASE STK, "W1"
PRINT "after release: ":RECORDLOCKED(STK, "W1")
* READU of a missing record still takes the lock
READU NEW FROM STK, "N1" ELSE
   PRINT "N1 missing, status ":STATUS()
   NEW = "New thing":@FM:1:@FM:1
END
PRINT "lock on missing: ":RECORDLOCKED(STK, "N1")
WRITE NEW ON STK, "N1"
PRINT "after write: ":RECORDLOCKED(STK, "N1")
* Field-level
READVU Q FROM STK, "G1", 2 LOCKED PRINT "locked" ELSE PRINT "no G1"
PRINT "G1 qty ":Q:" lock ":RECORDLOCKED(STK, "G1")
WRITEV Q + 25 ON STK, "G1", 2
PRINT "G1 lock after writev ":RECORDLOCKED(STK, "G1")
READV Q FROM STK, "G1", 2 THEN PRINT "G1 qty now ":Q
READV NM FROM STK, "G1", 0 THEN PRINT "field 0 -> ":NM
READV X FROM STK, "ZZ", 1 ELSE PRINT "ZZ missing status ":STATUS()
* Locks on several records, then RELEASE of the whole file
READU A FROM STK, "W1" ELSE NULL
READU B FROM STK, "G1" ELSE NULL
PRINT "two locks: ":RECORDLOCKED(STK, "W1"):RECORDLOCKED(STK, "G1")
RELEASE STK
PRINT "after file release: ":RECORDLOCKED(STK, "W1"):RECORDLOCKED(STK, "G1")
* Stock report in id order
SSELECT STK TO 1
LOOP
   READNEXT ID FROM 1 ELSE EXIT
   READ R FROM STK, ID THEN PRINT ID "L#4":R<1> "L#12":R<2> "R#5":OCONV(R<3> * 100, "MD2") "R#8"
REPEAT
CLOSE STK
PRINT "fileinfo closed: ":FILEINFO(STK, 0)
PRINT "done"
