* Paragraphs in the VOC as a batch job uses them: <<Cn>>, <<In,..>> and <<C2:default>>
* words of the sentence, <<@var>>, <<F(file,id,f)>>, IF ... THEN with GO and labels,
* LOOP / REPEAT, DATA lines feeding the program that runs before them, comments
OPEN "VOC" TO V ELSE STOP "no VOC"
OPEN "BP" TO BP ELSE STOP
EXECUTE "CREATE.FILE NOTES" CAPTURING JUNK
OPEN "NOTES" TO NF ELSE STOP
WRITE "one" ON NF, "N1"
WRITE "two":@FM:"second field" ON NF, "N2"
WRITE "three" ON NF, "N3"
* a program that reads two answers with INPUT
SRC = "PROGRAM CA.ASK2"
SRC<-1> = "INPUT A"
SRC<-1> = "INPUT B"
SRC<-1> = "PRINT 'got ':A:' and ':B"
SRC<-1> = "END"
WRITE SRC ON BP, "CA.ASK2"
EXECUTE "BASIC BP CA.ASK2" CAPTURING JUNK
WRITE "S":@FM:"COUNT NOTES" ON V, "HOW.MANY"
WRITE "PA":@FM:"DISPLAY Counting <<I2,file>>":@FM:"COUNT <<I2,file>>" ON V, "CNT"
P = "PA"
P<-1> = "* nightly job"
P<-1> = "DISPLAY start <<C2:all>> of <<C#>> words"
P<-1> = "COUNT NOTES"
P<-1> = "IF @SYSTEM.RETURN.CODE > 2 THEN GO MANY"
P<-1> = "DISPLAY few records"
P<-1> = "GO DONE"
P<-1> = "MANY: DISPLAY many records (<<@SYSTEM.RETURN.CODE>>)"
P<-1> = "DONE: DISPLAY field 2 of N2 is <<F(NOTES,N2,2)>>"
P<-1> = "RUN BP CA.ASK2"
P<-1> = "DATA first"
P<-1> = "* comment between"
P<-1> = "DATA <<C3:none>>"
P<-1> = "IF <<C2>> = '' THEN DISPLAY no words"
P<-1> = "IF <<C2>> # '' AND <<C2>> = 'x' THEN DISPLAY word x"
P<-1> = "DISPLAY end"
WRITE P ON V, "BATCH"
EXECUTE "HOW.MANY" CAPTURING OUT
PRINT "sentence: ":TRIM(OUT<1>)
EXECUTE "CNT NOTES" CAPTURING OUT
PRINT "cnt: ":CONVERT(@FM, "|", TRIM(OUT))
EXECUTE "BATCH" CAPTURING OUT
PRINT "batch: ":CONVERT(@FM, "|", OUT)
EXECUTE "BATCH x second" CAPTURING OUT
PRINT "batch x: ":CONVERT(@FM, "|", OUT)
* a counting loop with LOOP / REPEAT and a continuation line
WRITE "S":@FM:"DELETE.LIST CTR" ON V, "RESET.CTR"
P = "PA"
P<-1> = "LOOP"
P<-1> = "SELECT NOTES WITH @ID # 'N<<C2>>'"
P<-1> = "IF @SELECTED < 3 THEN GO OUT"
P<-1> = "DISPLAY _"
P<-1> = "  not yet"
P<-1> = "STOP"
P<-1> = "REPEAT"
P<-1> = "OUT: DISPLAY left ":"<<@SELECTED>>"
WRITE P ON V, "LOOPER"
EXECUTE "LOOPER 2" CAPTURING OUT
PRINT "looper 2: ":CONVERT(@FM, "|", OUT)
EXECUTE "LOOPER 9" CAPTURING OUT
PRINT "looper 9: ":CONVERT(@FM, "|", OUT)
CLEARSELECT
* a paragraph that clears and counts a file
WRITE "PA":@FM:"CLEAR.FILE <<I2,file>>":@FM:"COUNT <<I2,file>>" ON V, "WIPE"
EXECUTE "WIPE NOTES" CAPTURING OUT
PRINT "wipe: ":CONVERT(@FM, "|", TRIM(OUT))
READ X FROM NF, "N1" THEN PRINT "N1 survived" ELSE PRINT "N1 gone"
PRINT "done"
