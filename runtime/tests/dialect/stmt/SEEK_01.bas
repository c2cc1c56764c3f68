* SEEK in a sequential file: from start, relative, from end; READBLK after it
OPENSEQ "seek.dat" TO S ELSE NULL
WRITEBLK "0123456789" TO S ELSE NULL
SEEK S, 3 THEN READBLK B FROM S, 2 THEN PRINT "at 3: ":B
SEEK S, 1, 1 THEN READBLK B FROM S, 2 THEN PRINT "plus 1: ":B
SEEK S, -3, 2 THEN
   READBLK B FROM S, 3 THEN PRINT "end-3: ":B ELSE PRINT "readblk after seek from end fails ":STATUS()
END ELSE PRINT "seek from end fails ":STATUS()
SEEK S, 0 THEN READBLK B FROM S, 1 THEN PRINT "start: ":B
SEEK S, -5 THEN PRINT "negative ok?" ELSE PRINT "seek before start fails, status ":STATUS()
SEEK S, 0, 7 THEN PRINT "bad relto ok?" ELSE PRINT "bad relto fails"
CLOSESEQ S
PRINT "done"
