* SYSMSG(number [, args...]): message text from the messages file
CRT SYSMSG(1104)
CRT SYSMSG(1108)
CRT "[" : SYSMSG(999999) : "]"
CRT SYSMSG(1121, 5, "PROG")
CRT "done"
