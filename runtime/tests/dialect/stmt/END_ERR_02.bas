* An END with no block to close, before the final END
X = 1
END
PRINT "done"
END
