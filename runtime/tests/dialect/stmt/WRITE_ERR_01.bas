* WRITE with THEN/ELSE (not allowed) and without ON
OPEN "VOC" TO F ELSE STOP
WRITE "x" ON F, "K" THEN PRINT "ok"
WRITE "x" F, "K"
PRINT "done"
END
