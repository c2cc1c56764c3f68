* ROLLBACK and COMMIT outside a transaction
X = 1
ROLLBACK
COMMIT
PRINT "done"
END
