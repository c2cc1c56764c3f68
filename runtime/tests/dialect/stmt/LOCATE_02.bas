* LOCATE ... BY: insertion position for sorted lists AL, AR, DL, DR
L = "apple":@VM:"cherry":@VM:"plum"
LOCATE "banana" IN L<1> BY "AL" SETTING P ELSE PRINT "banana goes at ":P
LOCATE "zebra" IN L<1> BY "AL" SETTING P ELSE PRINT "zebra goes at ":P
LOCATE "cherry" IN L<1> BY "AL" SETTING P THEN PRINT "cherry found at ":P
N = 2:@VM:10:@VM:33
LOCATE 9 IN N<1> BY "AR" SETTING P ELSE PRINT "9 AR at ":P
LOCATE 9 IN N<1> BY "AL" SETTING P ELSE PRINT "9 AL at ":P
D = 50:@VM:20:@VM:5
LOCATE 30 IN D<1> BY "DR" SETTING P ELSE PRINT "30 DR at ":P
LOCATE 1 IN D<1> BY "DR" SETTING P ELSE PRINT "1 DR at ":P
W = "pear":@VM:"fig":@VM:"apple"
LOCATE "grape" IN W<1> BY "DL" SETTING P ELSE PRINT "grape DL at ":P
* keep a sorted list sorted
S = ""
FOR I = 1 TO 5
   X = FIELD("15,3,42,8,3", ",", I)
   LOCATE X IN S<1> BY "AR" SETTING P ELSE NULL
   INS X BEFORE S<1,P>
NEXT I
PRINT CONVERT(@VM, " ", S)
PRINT "done"
