* Nested CASE, string CASE values, CASE conditions with side effects in order
CMDS = "ADD":@VM:"del":@VM:"LIST":@VM:"":@VM:"QUIT"
FOR I = 1 TO DCOUNT(CMDS, @VM)
   C = CMDS<1,I>
   BEGIN CASE
      CASE UPCASE(C) = "ADD" OR UPCASE(C) = "DEL"
         BEGIN CASE
            CASE C = "ADD" ; PRINT "adding"
            CASE 1 ; PRINT "deleting (":C:")"
         END CASE
      CASE C = "LIST"
         PRINT "listing"
      CASE C MATCHES "0A"
         PRINT "empty command"
      CASE 1
         PRINT "unknown: ":C
   END CASE
NEXT I
N = 0
BEGIN CASE
   CASE N ; PRINT "zero is true?"
   CASE "0.0" ; PRINT "0.0 is true?"
   CASE "" ; PRINT "empty is true?"
   CASE "X" ; PRINT "X is true"
END CASE
PRINT "done"
