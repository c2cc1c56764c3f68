* LOCATE BY on subvalues, numbers in AL (string order) vs AR (numeric), DR with negatives
S = "x":@VM:"a":@SM:"c":@SM:"e"
LOCATE "d" IN S<1,2,1> BY "AL" SETTING P ELSE PRINT "d among subvalues at ":P
L = 1:@VM:2:@VM:10:@VM:20
LOCATE 3 IN L<1,1> BY "AL" SETTING P ELSE PRINT "3 AL at ":P
LOCATE 3 IN L<1,1> BY "AR" SETTING P ELSE PRINT "3 AR at ":P
D = 5:@VM:0:@VM:-2:@VM:-10
LOCATE -5 IN D<1,1> BY "DR" SETTING P ELSE PRINT "-5 DR at ":P
LOCATE -5 IN D<1,1> BY "DL" SETTING P ELSE PRINT "-5 DL at ":P
PRINT "done"
