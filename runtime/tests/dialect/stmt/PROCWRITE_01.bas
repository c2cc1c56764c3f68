* PROCWRITE outside a PROC is accepted; PROCREAD still takes ELSE with an empty value and STATUS() unchanged
X = "kept"
PROCWRITE "abc"
PROCREAD X THEN PRINT "in a proc" ELSE PRINT "no proc: [":X:"] ":STATUS()
OPEN "NOSUCHFILE" TO F ELSE NULL
PROCREAD X ELSE PRINT "status kept: ":STATUS()
PRINT "done"
