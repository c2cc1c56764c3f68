* LN natural log
CRT LN(1) : "|" : LN(2.718281828459) : "|" : LN(10) : "|" : LN(0.5)
PRECISION 9
CRT LN(2) : "|" : LN(1000000)
CRT "done"
