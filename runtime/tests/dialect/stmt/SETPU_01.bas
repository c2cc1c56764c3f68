* SETPU / GETPU print unit settings (page width of print unit 0)
W = GETPU(3, 0)
PRINT "width numeric: ":NUM(W)
SETPU 3, 0, 100
PRINT "after setpu: ":GETPU(3, 0)
PRINT "done"
