* A named common without its closing slash
COMMON /BLK A, B
PRINT "done"
END
