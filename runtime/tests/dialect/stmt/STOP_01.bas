* STOP with and without a message; STOPM / STOPE; code after STOP does not run
* SUPPORT: ST.STOPPER
EXECUTE "BASIC BP ST.STOPPER" CAPTURING JUNK
EXECUTE "RUN BP ST.STOPPER" CAPTURING OUT
PRINT "captured: ":CONVERT(@FM, "|", OUT)
PRINT "rc: ":@SYSTEM.RETURN.CODE
PRINT "caller carries on"
STOP "final message"
PRINT "not reached"
