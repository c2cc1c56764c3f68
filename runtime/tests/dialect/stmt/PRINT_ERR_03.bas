* a colon is a concatenation only when an operand follows it: a doubled
* trailing colon, or a colon then a comma, leaves text the statement cannot take
PRINT "no newline"::
PRINT "x" :, "y"
PRINT "done"
END
