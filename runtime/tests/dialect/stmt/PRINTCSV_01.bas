* PRINTCSV quotes values that need it
PRINTCSV "plain", "has,comma", 'has "quote"', "", 42
PRINT "done"
