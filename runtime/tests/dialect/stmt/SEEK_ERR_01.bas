* SEEK takes no ON ERROR clause: the clause ends the statement, which then lacks THEN or ELSE
OPENSEQ "s.txt" TO S ELSE NULL
SEEK S, 0 ON ERROR PRINT "on error" THEN PRINT "seek"
PRINT "done"
END
