* MATREADCSV reads one CSV line of a sequential file into a matrix
OPENSEQ "data.csv" TO S ELSE NULL
WRITESEQ 'id,name,"note, with comma"' TO S ELSE NULL
WRITESEQ '1,Ann,ok' TO S ELSE NULL
CLOSESEQ S
OPENSEQ "data.csv" TO S ELSE STOP "no"
DIM ROW(3)
LOOP
   MATREADCSV ROW FROM S ELSE EXIT
   PRINT ROW(1):"|":ROW(2):"|":ROW(3)
REPEAT
CLOSESEQ S
PRINT "done"
