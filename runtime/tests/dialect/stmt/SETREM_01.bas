* SETREM moves a string's REMOVE pointer; GETREM reads it; 0 restarts; beyond the end it is ignored (STATUS() 1002)
S = "aa":@FM:"bb":@VM:"cc"
REMOVE X FROM S SETTING D
PRINT X:" ":D:" at ":GETREM(S)
SETREM 0 ON S
REMOVE X FROM S SETTING D
PRINT "after 0: ":X
SETREM 3 ON S
REMOVE X FROM S SETTING D
PRINT "after 3: ":X:" ":D
SETREM 100 ON S
REMOVE X FROM S SETTING D
PRINT "after 100 (ignored): [":X:"] ":D:" status ":STATUS()
P = 6
SETREM P ON S
REMOVE X FROM S SETTING D
PRINT "after 6: ":X:" ":D
PRINT "done"
