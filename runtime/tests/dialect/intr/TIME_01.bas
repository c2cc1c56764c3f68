* TIME() and TIMEDATE(): derived facts only
T = TIME()
CRT (T >= 0) : (T < 86401) : NUM(T)
TD = TIMEDATE()
CRT LEN(TD) : "|" : TD[3,1] : TD[6,1] : "|" : NUM(TD[1,2]) : NUM(TD[4,2]) : NUM(TD[7,2])
CRT "done"
