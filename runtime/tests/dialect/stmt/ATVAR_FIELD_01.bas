* Field references on @-variables: @USER0..@USER4, @RECORD, @ID, @ANS; extraction and assignment
@USER2 = "u1":@VM:"u2":@FM:"f2"
PRINT "@USER2<1,1> = ":@USER2<1,1>
PRINT "@USER2<1,2> = ":@USER2<1,2>
PRINT "@USER2<2> = ":@USER2<2>
@USER2<3> = "f3"
PRINT "after assignment: ":CONVERT(@FM:@VM, "^]", @USER2)
@RECORD = "r1":@FM:"r2"
@ID = "K1"
PRINT @ID:" ":@RECORD<2>
@USER0 = 5
@USER0 += 1
PRINT "@USER0 += 1 -> ":@USER0
@ANS = "answer"
PRINT @ANS[1,3]
PRINT "sentence word 1: ":FIELD(@SENTENCE, " ", 1)
PRINT "done"
