* SET.BREAK.HANDLER name: accepted with no terminal whether or not the item exists; repeated; STATUS() kept
* SUPPORT: ST.BRK.SUB
X = ICONV("bad", "D")
SET.BREAK.HANDLER "ST.BRK.SUB"
PRINT "catalogued handler, status ":STATUS()
SET.BREAK.HANDLER "NO.SUCH.HANDLER"
PRINT "missing handler accepted"
H = "ST.BRK.SUB"
SET.BREAK.HANDLER H
SET.BREAK.HANDLER H
PRINT "set twice from a variable"
SET.BREAK.HANDLER ""
PRINT "empty name"
REMOVE.BREAK.HANDLER
PRINT "done"
