* HEADING with page number and quote options, PAGE, printing past the page length
HEADING "Customer list  Page 'PL'"
PRINT "line 1"
PAGE
PRINT "line after PAGE"
PRINT "done"
