* READCSV reads a line of a sequential file and splits it into variables
OPENSEQ "people.csv" TO S ELSE NULL
WRITESEQ 'Ann,"Bath, Somerset",31' TO S ELSE NULL
WRITESEQ 'Bob,Leeds' TO S ELSE NULL
CLOSESEQ S
OPENSEQ "people.csv" TO S ELSE STOP "no"
LOOP
   READCSV FROM S TO NAME, TOWN, AGE ELSE EXIT
   PRINT NAME:"|":TOWN:"|":AGE
REPEAT
PRINT "done"
