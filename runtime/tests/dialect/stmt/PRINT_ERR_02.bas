* each comma in a PRINT list needs an item after it: two commas in a row, as
* users write for an extra tab stop, are rejected (CRT and DISPLAY alike)
PRINT "name",,"total"
CRT "a", , "b"
PRINT "done"
END
