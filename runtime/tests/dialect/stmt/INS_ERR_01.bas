* INS without BEFORE, and into a variable without a field reference
R = ""
INS "x" R<1>
INS "x" BEFORE R
PRINT "done"
END
