* RND: range facts only (values are random)
OK = 1
FOR I = 1 TO 200
   R = RND(10)
   IF R < 0 OR R > 9 OR R # INT(R) THEN OK = 0
NEXT I
CRT "range ok=" : OK
CRT "rnd1=" : RND(1)
OK = 1
FOR I = 1 TO 100
   R = RND(-5)
   IF R > 0 OR R < -4 THEN OK = 0
NEXT I
CRT "negative ok=" : OK
RANDOMIZE 42
A = RND(1000) : "," : RND(1000) : "," : RND(1000)
RANDOMIZE 42
B = RND(1000) : "," : RND(1000) : "," : RND(1000)
CRT "seeded repeat=" : (A = B)
CRT "done"
