* FLUSH and NOBUF take no ON ERROR clause
OPENSEQ "s.txt" TO S ELSE NULL
FLUSH S ON ERROR PRINT "on error" THEN PRINT "flushed"
NOBUF S ON ERROR PRINT "on error" ELSE PRINT "nobuf failed"
PRINT "done"
END
