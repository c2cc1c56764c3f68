* ICONV D reads the text as a C string: it ends at a NUL byte, and text
* that is empty there comes back unchanged with STATUS() 0
VALS = CHAR(0) : @FM : CHAR(0):"1" : @FM : "1":CHAR(0) : @FM : "1":CHAR(0):"zz" : @FM : "" : @FM : "01 JAN 2000":CHAR(0):"x"
FOR I = 1 TO 6
  R = ICONV(VALS<I>, "D")
  S = STATUS()
  CONVERT CHAR(0) TO "@" IN R
  PRINT I:": ":R:"/":S
NEXT I
R = ICONV(STR("1", 51), "D") ; PRINT R:"/":STATUS()
R = ICONV(CHAR(0):STR("1", 50), "D") ; PRINT LEN(R):"/":STATUS()
PRINT "done"
END
