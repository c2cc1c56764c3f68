* SUPPORT: IN.RUNERR IN.E.TRANS_04
* TRANS("") while TRANS has no file open: ScarletDME's _TRANS uses an unassigned file variable (fatal)
CALL IN.RUNERR("IN.E.TRANS_04")
CRT "done"
