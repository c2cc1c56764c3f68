* SUPPORT: IN.RUNERR IN.E.ENTER_PACKAGE_01
* ENTER.PACKAGE / EXIT.PACKAGE of an unknown package
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.ENTER_PACKAGE_01")
CRT "done"
