* FOR stores its start value as a number: an empty string starts at 0,
* "007" at 7, " 2" at 2, "-0" at 0, "+3" at 3, "2." at 2, "1.50" at 1.5
FOR I = "" TO 1
  PRINT "[":I:"]"
NEXT I
FOR I = "1.50" TO 3
  PRINT "[":I:"]"
NEXT I
FOR I = " 2" TO 3
  PRINT "[":I:"]"
NEXT I
FOR I = "007" TO 8
  PRINT "[":I:"]"
NEXT I
X = ""
FOR I = X TO 0
  PRINT "[":I:"]"
NEXT I
FOR I = "-0" TO 0
  PRINT "[":I:"]"
NEXT I
FOR I = "+3" TO 3
  PRINT "[":I:"]"
NEXT I
FOR I = "2." TO 2
  PRINT "[":I:"]"
NEXT I
FOR I = 1.50 TO 2
  PRINT "[":I:"]"
NEXT I
FOR I = 2147483647 TO 2147483648
  PRINT "[":I:"]"
NEXT I
PRINT "done"
