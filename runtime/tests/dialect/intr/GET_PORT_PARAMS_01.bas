* SUPPORT: IN.RUNERR IN.E.GET_PORT_PARAMS_01
* GET.PORT.PARAMS / SET.PORT.PARAMS on a non-port variable
X = 5
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.GET_PORT_PARAMS_01")
CRT "done"
