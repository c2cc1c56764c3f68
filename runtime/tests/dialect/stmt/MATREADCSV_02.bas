* MATREADCSV: fewer parts than elements, more (the rest in element 0), empty line, end of file
OPENSEQ "m.csv" TO S ELSE NULL
WRITESEQ 'a,"b,c"' TO S ELSE NULL
WRITESEQ '1,2,3,4,5' TO S ELSE NULL
WRITESEQ '' TO S ELSE NULL
CLOSESEQ S
OPENSEQ "m.csv" TO S ELSE STOP
DIM M(3)
MAT M = "z"
MATREADCSV M FROM S THEN PRINT "1 [":M(1):"][":M(2):"][":M(3):"][":M(0):"] ":STATUS()
MATREADCSV M FROM S THEN PRINT "2 [":M(1):"][":M(2):"][":M(3):"][":CONVERT(@FM, "^", M(0)):"]"
MATREADCSV M FROM S THEN PRINT "3 [":M(1):"][":M(2):"][":M(3):"][":M(0):"]"
MAT M = "k"
MATREADCSV M FROM S ELSE PRINT "end [":M(1):"] ":STATUS()
CLOSESEQ S
PRINT "done"
