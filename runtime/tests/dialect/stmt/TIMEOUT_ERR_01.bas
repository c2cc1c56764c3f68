* TIMEOUT needs the file and the seconds
OPENSEQ "t3.txt" TO S ELSE NULL
TIMEOUT S
PRINT "done"
