* OCONV of a number with a date or time code converts its 32-bit integer (truncated), not its
* display at PRECISION
X = 7 - 0.000000001
PRINT "C1:":OCONV(X, "DD"):"|":OCONV(X, "D2/"):"|":OCONV(X, "MTS"):"|":OCONV(-0.5, "D"):"|":OCONV(59.99999, "MTS")
PRINT "C2:":OCONVS(X:@VM:1.5, "D2/")
PRINT "done"
END
