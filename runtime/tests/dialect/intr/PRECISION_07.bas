* PRECISION 0 to 9 set from a variable, values computed after each change
FOR P = 0 TO 9
   PRECISION P
   CRT P : ": " : 2/3 : " " : 1/7 : " " : 1234.56789012345 : " " : 0.0000123456 : " " : -2/3
NEXT P
CRT "done"
