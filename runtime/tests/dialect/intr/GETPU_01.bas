* GETPU(action, unit) for the display (unit -1) and printer 0
CRT "mode0=" : GETPU(1, 0)
CRT "width=" : GETPU(4, 0)
CRT "lines=" : GETPU(5, 0)
CRT "topmargin=" : GETPU(6, 0)
CRT "status=" : STATUS()
CRT "done"
