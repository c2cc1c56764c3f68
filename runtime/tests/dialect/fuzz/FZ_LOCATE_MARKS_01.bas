* LOCATE with item marks (#) in the searched string, a needle starting with
* CHAR(0), -2147483648 and long items, every order (variations of
* FZ_LOCATE_IM_01/02 and FZ_LOCATE_NUM_01/02/03)
SRCS = "#" : @FM : "##^^^x" : @FM : "#\" : @FM : "a]#]b" : @FM : "12#$12# lead] lead^trail ]a.b.c" : @FM : "1]3]aaaaaaaaaaaaaaaaaaaaaaaa]9" : @FM : "0]\\ lead" : @FM : "12":CHAR(0):"x]5"
NDS = "" : @FM : "x" : @FM : "9" : @FM : "#" : @FM : "5" : @FM : "-2147483648" : @FM : "2147483647" : @FM : "+4" : @FM : "12"
ORDS = "" : @FM : "AL" : @FM : "AR" : @FM : "DL" : @FM : "DR"
FOR N = 1 TO 8
  D = SRCS<N>
  CONVERT "^]\#" TO @FM:@VM:@SM:CHAR(255) IN D
  FOR M = 1 TO 10
    IF M > 9 THEN X = CHAR(0) ELSE X = NDS<M>
    CONVERT "#" TO CHAR(255) IN X
    R = N:",":M:":"
    FOR O = 1 TO 5
      ORD = ORDS<O>
      R := " "
      LOCATE X IN D<1> BY ORD SETTING P THEN R := "Y":P ELSE R := "N":P
      LOCATE X IN D<1,1> BY ORD SETTING P THEN R := "Y":P ELSE R := "N":P
      LOCATE X IN D<1,1,1> BY ORD SETTING P THEN R := "Y":P ELSE R := "N":P
      LOCATE X IN D<2> BY ORD SETTING P THEN R := "Y":P ELSE R := "N":P
    NEXT O
    PRINT R
  NEXT M
NEXT N
PRINT "done"
END
