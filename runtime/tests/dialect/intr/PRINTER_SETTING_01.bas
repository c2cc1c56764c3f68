* PRINTER.SETTING(unit, key, value): query with value -1? and set
CRT "width=" : PRINTER.SETTING(0, 2, "")
CRT "length=" : PRINTER.SETTING(0, 3, "")
CRT "set width=" : PRINTER.SETTING(0, 2, 100) : " status=" : STATUS()
CRT "width now=" : GETPU(2, 0)
CRT "done"
