* A COMMON variable DIMensioned twice, and a COMMON name used twice
COMMON A, B, A
PRINT "done"
END
