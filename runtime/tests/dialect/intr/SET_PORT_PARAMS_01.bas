* SET.PORT.PARAMS on a non-port variable (last act if fatal)
X = 5
CRT "before"
P = SET.PORT.PARAMS(X, "")
CRT "[" : P : "] status=" : STATUS()
CRT "done"
