* SUPPORT: IN.RUNCODE IN.RUNERR
* FILEINFO(not a file, 0) is 0; any other key on a non-file is 'Requires file variable'
CODE = 'X = "VOC"' : @FM : 'CRT "open: " : FILEINFO(X, 0)' : @FM : 'CRT FILEINFO(X, 1)'
CALL IN.RUNCODE(CODE)
CRT "done"
