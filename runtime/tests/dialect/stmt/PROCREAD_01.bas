* PROCREAD outside a PROC takes ELSE; PROCWRITE is accepted
PROCREAD P THEN PRINT "in a proc" ELSE PRINT "not in a proc, status ":STATUS()
PROCWRITE "x"
PRINT "done"
