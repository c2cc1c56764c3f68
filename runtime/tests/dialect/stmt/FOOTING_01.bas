* HEADING / FOOTING to the display with no terminal: page layout on output
HEADING "Stock report"
FOOTING "end of page"
FOR I = 1 TO 3
   PRINT "item ":I
NEXT I
PRINT "done"
