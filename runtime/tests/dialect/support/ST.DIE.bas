* Holds two objects and calls ST.DIESUB: RUN BP ST.DIE mode
M = FIELD(@SENTENCE, " ", 4)
O = OBJECT("ST.LOGGED.CLS", "main")
Q = OBJECT("ST.LOGGED.CLS", "second")
CALL ST.DIESUB(M)
CALL ST.OBJLOG("back in main")
END
