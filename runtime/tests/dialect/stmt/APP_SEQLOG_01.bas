* Append to a log file over several opens, then read it back counting by level
FOR RUN = 1 TO 3
   OPENSEQ "app.log" TO LOG ELSE
      IF STATUS() # 0 THEN STOP "cannot open log"
   END
   SEEK LOG, 0, 2 ELSE NULL
   WRITESEQ "INFO run ":RUN:" started" TO LOG ELSE NULL
   IF RUN = 2 THEN WRITESEQ "WARN run 2 slow" TO LOG ELSE NULL
   WRITESEQ "INFO run ":RUN:" ended" TO LOG ELSE NULL
   CLOSESEQ LOG
NEXT RUN
OPENSEQ "app.log" TO LOG ELSE STOP "no log"
LEVELS = "" ; COUNTS = ""
LOOP
   READSEQ L FROM LOG ELSE EXIT
   LV = FIELD(L, " ", 1)
   LOCATE LV IN LEVELS<1,1> SETTING P ELSE LEVELS<1,P> = LV
   COUNTS<1,P> += 1
REPEAT
CLOSESEQ LOG
FOR I = 1 TO DCOUNT(LEVELS, @VM)
   PRINT LEVELS<1,I>:" ":COUNTS<1,I>
NEXT I
PRINT "done"
