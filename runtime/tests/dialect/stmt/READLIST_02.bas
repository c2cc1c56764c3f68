* SUPPORT: IN.RUNERR ST.E.READLIST_02
* READLIST takes a select list number: a list variable made by SELECTV is a run-time
* error (Non-numeric where numeric required), not a list to read
CRT "before"
CALL IN.RUNERR("ST.E.READLIST_02")
CRT "done"
