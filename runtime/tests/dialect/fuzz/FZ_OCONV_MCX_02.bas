* difftest: seed 19890 case C7, minimised: OCONV MCX, ICONV MCD and XTD
* read the text as a C string of at most 20 bytes (op_xtd): it ends at a
* NUL byte; empty, longer or non-hexadecimal text comes back unchanged
R = OCONV(CHAR(0), "MCX")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
VALS = "" : @FM : CHAR(0) : @FM : CHAR(0):"A" : @FM : "A":CHAR(0) : @FM : "4":CHAR(0):"zz"
VALS := @FM : "ff" : @FM : "FFFFFFFF" : @FM : "100000000" : @FM : "zz" : @FM : "255"
VALS := @FM : "-1" : @FM : STR("0", 19):"1" : @FM : STR("0", 20):"1" : @FM : "12345678901234567890"
N = DCOUNT(VALS, @FM)
FOR I = 1 TO N
  V = VALS<I>
  L = I:":"
  R = OCONV(V, "MCX") ; L := " ox=":R:"/":STATUS()
  R = OCONV(V, "MCXD") ; L := " oxd=":R:"/":STATUS()
  R = ICONV(V, "MCD") ; L := " id=":R:"/":STATUS()
  R = ICONV(V, "MCDX") ; L := " idx=":R:"/":STATUS()
  R = XTD(V) ; L := " xtd=":R
  IF NUM(V) AND INDEX(V, ".", 1) = 0 THEN R = ICONV(V, "MCX") ; L := " ix=":R:"/":STATUS()
  CONVERT CHAR(0) TO "@" IN L
  PRINT L
NEXT I
* ICONV MCX is OCONV's MCD: unsigned 32-bit decimal (a double truncated)
PRINT ICONV(12.7, "MCX"):" ":ICONV(-1.5, "MCX"):" ":ICONV(4294967297, "MCX")
PRINT "done"
END
