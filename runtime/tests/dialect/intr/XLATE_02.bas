* SUPPORT: IN.RUNERR IN.E.XLATE_02
* XLATE(""): a file that cannot be opened once XLATE opened one, fatal again after DELETE.FILE empties the file cache
CALL IN.RUNERR("IN.E.XLATE_02")
CRT "done"
