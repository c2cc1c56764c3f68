* COMMON after an executable statement, and a COMMON name also in DIM
X = 1
COMMON A
DIM B(3)
COMMON B
PRINT "done"
END
