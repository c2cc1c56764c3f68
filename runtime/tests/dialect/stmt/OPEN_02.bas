* OPEN with an empty name (3002), a name of blanks (3007) and an empty DICT name
OPEN "" TO F ELSE CRT "open empty " : STATUS()
OPEN "DICT", "" TO F ELSE CRT "open dict empty " : STATUS()
OPEN "  " TO F ELSE CRT "open spaces " : STATUS()
OPEN "NO.SUCH.FILE" TO F ELSE CRT "open missing " : STATUS()
CRT "done"
