* SUPPORT: ST.EMSG ST.EMDT
* ERRMSG: how a message record's fields build the text (the account's own ERRMSG file)
EXECUTE "BASIC BP ST.EMSG" CAPTURING JUNK
EXECUTE "RUN BP ST.EMSG" CAPTURING C
CONVERT @FM TO "^" IN C
PRINT "captured [":C:"]"
EXECUTE "CREATE.FILE MYMSG" CAPTURING JUNK
OPEN "VOC" TO V ELSE STOP "no voc"
READ R FROM V, "MYMSG" ELSE STOP "no ptr"
WRITE R ON V, "ERRMSG"
OPEN "MYMSG" TO F ELSE STOP "no file"
WRITE "HA5[":@FM:"A5":@FM:"H]" ON F, "1"
WRITE "HR5[":@FM:"R5":@FM:"H]R[":@FM:"R":@FM:"H]" ON F, "2"
WRITE "HS3[":@FM:"S3":@FM:"H]S[":@FM:"S":@FM:"H]" ON F, "3"
WRITE "Hx":@FM:"L0":@FM:"Hy":@FM:"L3":@FM:"Hz" ON F, "4"
WRITE "hlow":@FM:"a":@FM:"Hup":@FM:"Ezz":@FM:"E":@FM:"Q":@FM:"":@FM:"A" ON F, "5"
WRITE "A0":@FM:"H|":@FM:"A2":@FM:"H|":@FM:"A10R" ON F, "6"
WRITE "H no newline?" ON F, "7"
WRITE "" ON F, "8"
WRITE "B":@FM:"D":@FM:"H|":@FM:"T" ON F, "10"
WRITE "H  lead":@FM:"Htrail  " ON F, "11"
WRITE "HID" ON F, "ABC"
WRITE "Hnull here" ON F, "NULL"
WRITE "S-2":@FM:"H<":@FM:"S2.5":@FM:"H>":@FM:"L-1":@FM:"H.":@FM:"A(4)":@FM:"A" ON F, "12"
WRITE "Hshadow" ON F, "202"
ERRMSG 1, "ABCDEFGHIJ"
ERRMSG 1, 12
ERRMSG 2, "abcdefgh", "x"
ERRMSG 3
ERRMSG 4
ERRMSG 5, "p", "q"
ERRMSG 6, "first", "second", "third"
ERRMSG 7
PRINT "after 7"
ERRMSG 8
PRINT "after 8"
ERRMSG 11
ERRMSG "ABC"
PRINT "rc ":@SYSTEM.RETURN.CODE
ERRMSG ""
ERRMSG 12, "one"
PRINT "rc ":@SYSTEM.RETURN.CODE
ERRMSG 202, "x"
ERRMSG 403
EXECUTE "BASIC BP ST.EMDT" CAPTURING JUNK
EXECUTE "RUN BP ST.EMDT" CAPTURING C
PRINT "bell ":SEQ(C[1,1])
D = ICONV(FIELD(C[2,99], "|", 1), "D")
PRINT "date ":(D = DATE() OR D = DATE() - 1)
PRINT "time ":(FIELD(C, "|", 2) MATCHES "2N':'2N':'2N")
PRINT "done"
