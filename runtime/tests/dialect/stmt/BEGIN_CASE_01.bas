* BEGIN CASE: grading scores, first true CASE wins, CASE 1 as default
SCORES = 95:@FM:82:@FM:70:@FM:55:@FM:"":@FM:"abc":@FM:-5
FOR I = 1 TO DCOUNT(SCORES, @FM)
   S = SCORES<I>
   BEGIN CASE
      CASE NOT(NUM(S)) ; G = "invalid"
      CASE S = ""
         G = "missing"
      CASE S >= 90 ; G = "A"
      CASE S >= 80
         G = "B"
      CASE S >= 60 ; G = "C"
      CASE S < 0 ; G = "negative"
      CASE 1
         G = "F"
   END CASE
   PRINT "[":S:"] -> ":G
NEXT I
* no CASE true: nothing runs
X = 5
BEGIN CASE
   CASE X = 1 ; PRINT "one"
   CASE X = 2 ; PRINT "two"
END CASE
PRINT "after unmatched case"
PRINT "done"
