* OPEN with neither THEN nor ELSE
OPEN "VOC" TO F
PRINT "done"
END
