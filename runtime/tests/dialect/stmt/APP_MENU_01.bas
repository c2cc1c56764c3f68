* A menu loop driven by input (fed with DATA): choices, validation, quit
DATA "2", "x", "1", "Bob", "9", "Q"
NAMES = ""
LOOP
   PRINT "1=add 2=list Q=quit: ":
   INPUT CHOICE
   BEGIN CASE
      CASE CHOICE = "1"
         PRINT "name: ":
         INPUT NAME
         NAMES<-1> = NAME
      CASE CHOICE = "2"
         IF NAMES = "" THEN PRINT "(no names)" ELSE PRINT CONVERT(@FM, ",", NAMES)
      CASE UPCASE(CHOICE) = "Q"
         EXIT
      CASE 1
         PRINT "bad choice ":CHOICE
   END CASE
REPEAT
PRINT "names: ":CONVERT(@FM, ",", NAMES)
PRINT "done"
