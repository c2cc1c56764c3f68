* PRINTER.SETTING with an unknown key (last act)
CRT "before"
CRT "bad key=[" : PRINTER.SETTING(0, 99999, "") : "] status=" : STATUS()
CRT "done"
