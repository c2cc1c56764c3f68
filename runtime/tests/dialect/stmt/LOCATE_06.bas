* Keeping a sorted value list: LOCATE ... IN L<1,1> BY "AR" gives the insert position
S = ""
FOR I = 1 TO 6
   X = FIELD("15,3,42,8,3,-1", ",", I)
   LOCATE X IN S<1,1> BY "AR" SETTING P THEN
      PRINT X:" already at ":P
   END ELSE
      INS X BEFORE S<1,P>
   END
NEXT I
PRINT CONVERT(@VM, " ", S)
N = "pear":@VM:"fig":@VM:"apple"
LOCATE "grape" IN N<1,1> BY "DL" SETTING P ELSE PRINT "grape DL at ":P
LOCATE "banana" IN N<1,1> BY "AL" SETTING P ELSE PRINT "banana AL in unsorted list at ":P
F = "b":@FM:"d":@FM:"f"
LOCATE "e" IN F<1> BY "AL" SETTING P ELSE PRINT "e among fields at ":P
PRINT "done"
