* GET.PORT.PARAMS / SET.PORT.PARAMS on a non-port variable
X = 5
CRT "before"
P = GET.PORT.PARAMS(X)
