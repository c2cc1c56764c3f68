* SUPPORT: ST.BARESTOP
* A program that runs a subroutine's bare STOP under EXECUTE: the executed program ends, the caller goes on
EXECUTE "BASIC BP ST.BARESTOP" CAPTURING JUNK
OPEN "BP" TO BPF ELSE STOP "no BP"
WRITE 'CALL ST.BARESTOP("executed")':@FM:'PRINT "executed program goes on?"' TO BPF, "ST.RUNSTOP"
EXECUTE "BASIC BP ST.RUNSTOP" CAPTURING JUNK
EXECUTE "RUN BP ST.RUNSTOP" CAPTURING OUT
PRINT "captured: ":CONVERT(@FM, "|", OUT)
PRINT "caller carries on"
PRINT "done"
