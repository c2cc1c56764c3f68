* LOCATE BY AL/AR/DL/DR: numeric vs string ordering, equal keys, empty list, empty key, insertion points
L = "10":@VM:"9":@VM:"100"
ORD = "AL":@FM:"AR":@FM:"DL":@FM:"DR"
KEYS = "9":@FM:"50":@FM:"":@FM:"abc":@FM:"1000":@FM:"-1":@FM:"09"
FOR O = 1 TO 4
   LINE = ORD<O>:":"
   FOR K = 1 TO DCOUNT(KEYS, @FM)
      LOCATE KEYS<K> IN L<1> BY ORD<O> SETTING P THEN LINE := " f":P ELSE LINE := " n":P
   NEXT K
   PRINT LINE
NEXT O
* sorted inserts build a list in each order
FOR O = 1 TO 4
   S = ""
   VALS = "5":@FM:"40":@FM:"3":@FM:"b":@FM:"A":@FM:"40":@FM:"-2"
   FOR K = 1 TO DCOUNT(VALS, @FM)
      LOCATE VALS<K> IN S<1> BY ORD<O> SETTING P ELSE NULL
      S = INSERT(S, 1, P; VALS<K>)
   NEXT K
   CONVERT @VM TO "," IN S
   PRINT ORD<O>:" built: ":S
NEXT O
E = ""
LOCATE "x" IN E<1> BY "AL" SETTING P ELSE PRINT "empty list: ":P
LOCATE "x" IN E<1> SETTING P ELSE PRINT "empty unsorted: ":P
LOCATE "b" IN L<1> BY "XX" SETTING P THEN PRINT "bad order found" ELSE PRINT "bad order: ":P
PRINT "done"
