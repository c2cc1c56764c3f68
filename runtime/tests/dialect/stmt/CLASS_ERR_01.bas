* INHERIT outside a CLASS module
X = 1
INHERIT X
PRINT "done"
END
