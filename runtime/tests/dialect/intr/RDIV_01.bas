* RDIV: rounded integer division
CRT RDIV(7, 2) : "|" : RDIV(5, 2) : "|" : RDIV(-7, 2) : "|" : RDIV(-5, 2) : "|" : RDIV(7, 3)
CRT RDIV(8, 3) : "|" : RDIV(1, 3) : "|" : RDIV("", 3) : "|" : RDIV(7.5, 2) : "|" : RDIV(2.5, 1)
CRT "done"
