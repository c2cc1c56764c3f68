* OCONV with a date or time code: the value is made an integer first, so a code the
* conversion refuses (STATUS() 2) returns that integer
PRINT "C1:":OCONV(1096, "DY2"):"|":OCONV(1096.5, "DY2"):"|":OCONV("1096.5", "DY2"):"|":OCONV(0.0001, "DY2"):"|":STATUS()
PRINT "C2:":OCONV(1096.5, "DY"):"|":OCONV(1096.5, "D"):"|":OCONV(-0.5, "D2-"):"|":OCONV(1096.5, "MT"):"|":OCONV(3600.5, "MTS")
PRINT "done"
END
