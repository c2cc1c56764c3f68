* ICONV B64 is ScarletDME's b64decode: bytes that are not base64 digits (padding "=", blanks,
* marks, "." "-" "*" "!") are skipped, a final group of k digits gives k - 1 bytes, and STATUS()
* is always 0 (mvbasic gave "" with STATUS() 1 for text that was not strict base64)
L = "1.5":@FM:"-7":@FM:"0.5":@FM:"a":@FM:"ab":@FM:"abc":@FM:"abcd":@FM:"ab=c":@FM:"a*bc":@FM:"aGVsbG8"
L := @FM:"aGVsbG8==":@FM:"aGV sbG8=":@FM:"====":@FM:"QQ":@FM:"QUI":@FM:"!!!!":@FM:"aG":@VM:"Vs":@SM:"bG8":@FM:"+/+/":@FM:"d29y":CHAR(255):"bGQ="
L := @FM:"YWJj.ZGVm-Z2hp":@FM:12:@FM:-1234.5:@FM:"Zm9vYmFy\n"
FOR I = 1 TO DCOUNT(L, @FM)
   X = ICONV(L<I>, "B64")
   S = STATUS()
   PRINT I:" [":OCONV(X, "MX0C"):"] ":S:" ":LEN(X)
NEXT I
* a long text built in pieces decodes as one
T = ""
FOR I = 1 TO 400
   T := "aGVsbG8g":@VM
NEXT I
X = ICONV(T, "B64")
PRINT "L ":LEN(X):" ":X[1, 12]:" ":STATUS():" ":(OCONV(X, "B64") = OCONV(ICONV(OCONV(X, "B64"), "B64"), "B64"))
PRINT "E [":ICONV("", "B64"):"] ":STATUS():" ":VARTYPE(ICONV("", "B64"))
PRINT "done"
