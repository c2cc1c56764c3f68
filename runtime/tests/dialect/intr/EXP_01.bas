* EXP edges
CRT EXP(0) : "|" : EXP(1) : "|" : EXP(-1) : "|" : EXP(2.5)
CRT EXP("") : "|" : EXP(10) : "|" : EXP(-50)
PRECISION 9
CRT EXP(1) : "|" : EXP(0.5)
CRT EXP(700) > 1
CRT EXP(-745) : "|" : EXP(-800)
CRT "done"
