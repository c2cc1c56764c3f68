* SUPPORT: IN.RUNERR IN.E.PRINTER_SETTING_02
* PRINTER.SETTING with an unknown key (run through IN.RUNERR)
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.PRINTER_SETTING_02")
CRT "done"
