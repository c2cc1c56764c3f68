* SUPPORT: IN.RUNERR IN.E.SAVE_SCREEN_01
* SAVE.SCREEN with no terminal (run through IN.RUNERR)
CRT "before"
S = SAVE.SCREEN(0, 0, 10, 2)
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.SAVE_SCREEN_01")
CRT "done"
