* FIND and FINDSTR with item marks (#) and text marks (~) in the array and the needle:
* only field, value and subvalue marks end items (ScarletDME IsDelim)
SRCS = "a#b^c" : @FM : "#^a" : @FM : "a~b]c" : @FM : "x]a#\a" : @FM : "ab#ab^ab"
NDS = "a" : @FM : "b" : @FM : "a#b" : @FM : "#" : @FM : "a~b" : @FM : "ab"
FOR N = 1 TO 5
  D = SRCS<N>
  CONVERT "^]\#~" TO @FM:@VM:@SM:CHAR(255):@TM IN D
  R = N:":"
  FOR M = 1 TO 6
    X = NDS<M>
    CONVERT "#~" TO CHAR(255):@TM IN X
    FIND X IN D SETTING F, V, S THEN R := " Y":F:",":V:",":S ELSE R := " N"
    FINDSTR X IN D SETTING F, V, S THEN R := " Y":F:",":V:",":S ELSE R := " N"
    FINDSTR X IN D, 2 SETTING F, V, S THEN R := " Y":F:",":V:",":S ELSE R := " N"
  NEXT M
  PRINT R
NEXT N
PRINT "done"
END
