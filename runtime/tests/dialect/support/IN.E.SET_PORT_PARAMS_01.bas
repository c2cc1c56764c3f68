* SET.PORT.PARAMS on a non-port variable (run through IN.RUNERR)
X = 5
CRT "before"
P = SET.PORT.PARAMS(X, "")
