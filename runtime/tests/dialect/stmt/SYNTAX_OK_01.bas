* BEGIN CASE layouts: statements on the CASE line, CASE 1, comments, empty CASE
X = 2
BEGIN CASE
   * a comment before the first CASE
   CASE X = 1 ; PRINT "one"
   CASE X = 2
   CASE 1
      PRINT "other"
END CASE
begin case
   case x = 2 ; print "lower two"
end case
PRINT "done"
END
