* Values with CHAR(0), high bytes and text marks survive a WRITE / READ round trip in a hashed file
EXECUTE "CREATE.FILE BIN" CAPTURING JUNK
OPEN "BIN" TO F ELSE STOP
V = "a":CHAR(0):"b":CHAR(200):@TM:"c"
WRITE V ON F, "K"
READ R FROM F, "K" THEN
   PRINT "same: ":(R = V):" len ":LEN(R)
   FOR I = 1 TO LEN(R) ; PRINT SEQ(R[I,1]):" ": ; NEXT I
   PRINT
END
PRINT "done"
