* CASE compares with = (numeric when both sides are numbers): "1" and "01", "1.0"; empty strings
VALUES = "1":@FM:"01":@FM:"1.0":@FM:"1a":@FM:"":@FM:"0"
FOR I = 1 TO 6
   V = VALUES<I>
   BEGIN CASE
      CASE V = 1 ; R = "one"
      CASE V = "" ; R = "empty"
      CASE V = 0 ; R = "zero"
      CASE 1 ; R = "other"
   END CASE
   PRINT "[":V:"] ":R
NEXT I
PRINT "done"
