* COS / SIN / TAN take degrees
CRT COS(0) : "|" : COS(60) : "|" : COS(90) : "|" : COS(180) : "|" : COS(360)
CRT SIN(0) : "|" : SIN(30) : "|" : SIN(90) : "|" : SIN(270) : "|" : SIN(-90)
CRT TAN(0) : "|" : TAN(45) : "|" : TAN(135) : "|" : TAN(-45)
CRT COS("") : "|" : SIN("30") : "|" : COS(720.5)
PRECISION 9
CRT COS(1) : "|" : SIN(1) : "|" : TAN(1) : "|" : TAN(89.99)
CRT "done"
