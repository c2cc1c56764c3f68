* SUPPORT: IN.RUNERR IN.E.SET_PORT_PARAMS_01
* SET.PORT.PARAMS on a non-port variable (run through IN.RUNERR)
X = 5
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.SET_PORT_PARAMS_01")
CRT "done"
