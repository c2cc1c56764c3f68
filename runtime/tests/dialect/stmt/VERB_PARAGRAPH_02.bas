* Paragraph IF forms (null prompt answers, AND, LIKE, @variables), each with and without a word
* in the sentence; the paragraph runs line by line with prompts expanded as each line runs
OPEN "VOC" TO V ELSE STOP
T = "IF <<C2>> = '' THEN DISPLAY t1 empty"
T<-1> = "IF <<C2>> = 'x' THEN DISPLAY t2 x"
T<-1> = "IF x = x THEN DISPLAY t3 plain"
T<-1> = "IF 'x' = 'x' THEN DISPLAY t4 quoted"
T<-1> = "IF <<C2>> # '' AND <<C2>> = 'x' THEN DISPLAY t5 and"
T<-1> = "IF 1 < 2 THEN DISPLAY t6 lt"
T<-1> = "IF @SYSTEM.RETURN.CODE > 2 THEN DISPLAY t7 rc"
T<-1> = "IF <<C2>> EQ x THEN DISPLAY t8 eq"
T<-1> = "IF ab LIKE a... THEN DISPLAY t9 like"
FOR I = 1 TO DCOUNT(T, @FM)
  WRITE "PA":@FM:"COUNT VOC WITH @ID = 'VOC'":@FM:T<I> ON V, "P":I
  EXECUTE "P":I:" x" CAPTURING OUT
  PRINT I:" x: ":CONVERT(@FM, "|", OUT)
  EXECUTE "P":I CAPTURING OUT
  PRINT I:" -: ":CONVERT(@FM, "|", OUT)
NEXT I
PRINT "done"
