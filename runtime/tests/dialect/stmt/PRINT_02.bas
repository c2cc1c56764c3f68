* PRINT ON a print channel with PRINTER ON/OFF/CLOSE; display output unaffected
PRINT "screen 1"
PRINTER ON
PRINT "to printer"
PRINTER OFF
PRINT "screen 2"
PRINT ON 1 "channel 1"
PRINTER CLOSE
PRINT "done"
