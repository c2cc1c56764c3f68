* OCONV date: month and year boundaries, leap years
VALS = 59:@FM:60:@FM:790:@FM:1155:@FM:1156:@FM:11747:@FM:11748:@FM:11807:@FM:11808:@FM:12113:@FM:12114:@FM:47482:@FM:11689
FOR J = 1 TO DCOUNT(VALS, @FM)
   CRT VALS<J> : " " : OCONV(VALS<J>, "D4/") : " " : OCONV(VALS<J>, "D") : " " : OCONV(VALS<J>, "DWA")
NEXT J
CRT "done"
