* SUPPORT: IN.RUNCODE IN.RUNERR
* MATCHES with a template over 256 bytes stops with "MATCHES template too
* long"; 256 bytes are accepted
P = STR("1X", 128)
PRINT "C1:" : (STR("a", 128) MATCHES P) : (STR("a", 127) MATCHES P) : MATCHFIELD(STR("a", 127) : "b", P, 128)
CODE = 'PRINT ("ab" MATCHES STR("1X", 129))' : @FM : 'PRINT "not reached"'
CALL IN.RUNCODE(CODE)
PRINT "done"
END
