* SEEK: relto 2 counts back from the end; the end itself is allowed; bad relto is 3029
OPENSEQ "s.dat" TO S ELSE NULL
WRITEBLK "hello" TO S ELSE NULL
SEEK S, 5 THEN PRINT "seek to size ok, status ":STATUS() ELSE PRINT "seek to size: ":STATUS()
READBLK B FROM S, 1 THEN PRINT "read at end?" ELSE PRINT "readblk at end: ":STATUS()
SEEK S, 6 THEN PRINT "seek past ok" ELSE PRINT "seek past: ":STATUS()
SEEK S, 2, 2 THEN READBLK L FROM S, 9 THEN PRINT "2 from end: [":L:"]"
SEEK S, 0, 2 THEN READSEQ L FROM S ELSE PRINT "at end readseq: ":STATUS()
SEEK S, 5, 2 THEN READBLK L FROM S, 2 THEN PRINT "5 from end: [":L:"]"
SEEK S, 6, 2 ELSE PRINT "6 from end: ":STATUS()
SEEK S, 0, 3 ELSE PRINT "relto 3: ":STATUS()
SEEK S, 0, -1 ELSE PRINT "relto -1: ":STATUS()
SEEK S, 1.7 THEN READBLK L FROM S, 2 THEN PRINT "seek 1.7: [":L:"]"
SEEK S, -1, 1 THEN READBLK L FROM S, 1 THEN PRINT "back 1: [":L:"]"
SEEK S THEN PRINT "seek no offset, status ":STATUS() ELSE PRINT "seek no offset: ":STATUS()
READBLK L FROM S, 2 THEN PRINT "after: [":L:"]"
CLOSESEQ S
PRINT "done"
