* Paragraph @SENTENCE bookkeeping as ScarletDME's command processor does it: a LOOP label
* line (empty sentence) drops back to the caller's sentence for <<C2>>, a taken IF leaves
* the IF sentence, DATA lines after RUN see the RUN sentence; after COUNT (a verb that sets
* PROMPT '') the program run next prompts with nothing; IF @SYSTEM.RETURN.CODE after COUNT
OPEN "VOC" TO V ELSE STOP
OPEN "BP" TO BP ELSE STOP
EXECUTE "CREATE.FILE NOTES" CAPTURING JUNK
OPEN "NOTES" TO NF ELSE STOP
WRITE "one" ON NF, "N1"
WRITE "two" ON NF, "N2"
WRITE "three" ON NF, "N3"
WRITE "INPUT A":@FM:"INPUT B":@FM:"PRINT 'got ':A:' ':B" ON BP, "ASK2"
EXECUTE "BASIC BP ASK2" CAPTURING JUNK
P = "LOOP":@FM:"DISPLAY in loop <<C2>> [<<C#>>]":@FM:"SELECT NOTES WITH @ID # 'N<<C2>>'":@FM:"DISPLAY sel <<@SELECTED>>":@FM:"STOP":@FM:"REPEAT"
WRITE "PA":@FM:P ON V, "L1"
EXECUTE "L1 2" CAPTURING OUT
PRINT CONVERT(@FM, "|", OUT)
CLEARSELECT
P = "COUNT NOTES"
P<-1> = "IF @SYSTEM.RETURN.CODE > 2 THEN GO MANY"
P<-1> = "DISPLAY few"
P<-1> = "MANY: DISPLAY many (<<@SYSTEM.RETURN.CODE>>) <<C2>>"
P<-1> = "RUN BP ASK2"
P<-1> = "DATA first"
P<-1> = "* a comment"
P<-1> = "DATA <<C3:none>>"
P<-1> = "IF <<C2>> = '' THEN DISPLAY no words"
P<-1> = "DISPLAY end"
WRITE "PA":@FM:P ON V, "L2"
EXECUTE "L2" CAPTURING OUT
PRINT CONVERT(@FM, "|", OUT)
P<1> = "DISPLAY nocount"
P<2> = "DISPLAY noif"
WRITE "PA":@FM:P ON V, "L2"
EXECUTE "L2" CAPTURING OUT
PRINT CONVERT(@FM, "|", OUT)
WRITE "PA":@FM:"DISPLAY a":@FM:"GO NOWHERE":@FM:"DISPLAY b" ON V, "L3"
EXECUTE "L3" CAPTURING OUT
PRINT CONVERT(@FM, "|", OUT)
PRINT "done"
