* SUPPORT: IN.RUNCODE IN.RUNERR
* MATCHFIELD with a template over 256 bytes stops with "MATCHES template
* too long", even when its alternatives are short
CODE = 'PRINT MATCHFIELD("ab", "0X" : STR(@VM : "1X", 90), 1)' : @FM : 'PRINT "not reached"'
CALL IN.RUNCODE(CODE)
PRINT "done"
END
