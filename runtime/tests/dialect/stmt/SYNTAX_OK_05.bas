* Labels that are keywords, numeric labels, decimal labels, and labels followed by statements
GOSUB PRINT
GOSUB 100
GOSUB 10.5
GOTO DONE
PRINT:
   CRT "label print"
   RETURN
100 CRT "label 100"
   RETURN
10.5: CRT "label 10.5"
   RETURN
DONE: PRINT "done"
END
