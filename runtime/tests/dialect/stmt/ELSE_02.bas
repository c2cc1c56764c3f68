* ELSE clauses of statements: READ, OPEN, LOCATE, READNEXT, FIND, REMOVE-free ones, block and single-line
EXECUTE "CREATE.FILE ELSE.F DIRECTORY" CAPTURING JUNK
OPEN "ELSE.F" TO F ELSE PRINT "open failed" ; STOP
OPEN "NO.SUCH.FILE" TO G ELSE PRINT "open else: ":STATUS()
READ R FROM F, "NOREC" ELSE PRINT "read else: ":STATUS()
READ R FROM F, "NOREC" THEN PRINT "read then" ELSE
   PRINT "read block else"
END
WRITE "a":@FM:"b" ON F, "REC1"
READ R FROM F, "REC1" ELSE PRINT "not printed"
PRINT "read: ":R<2>
READV V FROM F, "REC1", 3 THEN PRINT "readv then [":V:"]" ELSE PRINT "readv else"
READV V FROM F, "NOREC", 1 ELSE PRINT "readv else ":STATUS()
L = "a":@VM:"c"
LOCATE "b" IN L<1> SETTING P ELSE PRINT "locate else ":P
LOCATE "c" IN L<1> SETTING P THEN PRINT "locate then ":P ELSE PRINT "no"
FIND "zz" IN L SETTING A ELSE PRINT "find else"
SELECT F TO 5
READNEXT ID FROM 5 THEN PRINT "readnext ":ID
READNEXT ID FROM 5 ELSE PRINT "readnext else"
OPENSEQ "ELSE.F", "NOSEQ" TO S ELSE PRINT "openseq else ":STATUS()
DELETE F, "REC1"
READ R FROM F, "REC1" THEN PRINT "still there" ELSE PRINT "deleted"
PRINT "done"
