* A missing comma in READ, READV, WRITEV, MATREAD or WRITE: BCOMP reports it
* and reads on where the error left it, at the end of the line: the next
* operand is the next line (an error, that line skipped), and a read's THEN or
* ELSE is looked for on the line after (another error, that line skipped too)
DIM M(3)
READ R FROM F "x", ID ELSE NULL
PRINT 1
PRINT 2
PRINT 3
READV R FROM F "x", ID, 2 ELSE NULL
PRINT 1
PRINT 2
PRINT 3
PRINT 4
WRITEV R ON F G, ID, 2
PRINT 1
PRINT 2
MATREAD M FROM F, ID "x" ELSE NULL
WRITE R ON F "x", ID
PRINT 1
PRINT 2
READ R FROM F G, ID ELSE NULL
PRINT 1
READV R FROM F, ID G, 2 ELSE NULL
PRINT 1
PRINT 2
END
