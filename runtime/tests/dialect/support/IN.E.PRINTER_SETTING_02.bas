* PRINTER.SETTING with an unknown key (run through IN.RUNERR)
CRT "before"
CRT "bad key=[" : PRINTER.SETTING(0, 99999, "") : "] status=" : STATUS()
