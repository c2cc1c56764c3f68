* SUPPORT: ST.LOGGED.CLS ST.OBJLOG ST.DIESUB ST.DIE ST.DIECHAIN
* Destructors of the objects still held when a program level ends: a fatal run-time error in a subroutine (EXECUTE ... TRAPPING ABORTS).
* ScarletDME runs them innermost routine first, each routine's objects in
* variable order, after the error message; they log to a file, read back here.
EXECUTE "CREATE.FILE OBJLOG" CAPTURING JUNK
OPEN "OBJLOG" TO LOG.F ELSE STOP "no OBJLOG"
EXECUTE "BASIC BP ST.LOGGED.CLS" CAPTURING JUNK
EXECUTE "CATALOG BP ST.LOGGED.CLS LOCAL" CAPTURING JUNK
EXECUTE "BASIC BP ST.DIE" CAPTURING JUNK
EXECUTE "BASIC BP ST.DIECHAIN" CAPTURING JUNK
MODES = CONVERT("^", @FM, "3")
FOR I = 1 TO DCOUNT(MODES, @FM)
   DELETE LOG.F, "LOG"
   EXECUTE "RUN BP ST.DIE ":MODES<I> CAPTURING OUT TRAPPING ABORTS
   PRINT "mode ":MODES<I>:" output: ":CONVERT(@FM, "|", OUT)
   PRINT "abort code: ":@ABORT.CODE
   READ REC FROM LOG.F, "LOG" ELSE REC = "no log"
   PRINT "log: ":CONVERT(@FM, "|", REC)
NEXT I
PRINT "done"
