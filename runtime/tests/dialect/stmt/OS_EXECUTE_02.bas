* OS.EXECUTE: output shown when not captured, standard error captured too, OS.ERROR() is the exit status, empty output
OS.EXECUTE "echo shown directly"
OS.EXECUTE "echo to-stderr 1>&2" CAPTURING OUT
PRINT "stderr: [":OUT:"]"
OS.EXECUTE "exit 7" CAPTURING OUT
PRINT "exit 7: [":OUT:"] os.error ":OS.ERROR():" status ":STATUS()
OS.EXECUTE "true" CAPTURING OUT
PRINT "true: [":OUT:"] os.error ":OS.ERROR()
OS.EXECUTE "printf 'no newline'" CAPTURING OUT
PRINT "[":OUT:"]"
OS.EXECUTE "printf 'x\n\ny\n'" CAPTURING OUT
PRINT DCOUNT(OUT, @FM):" ":CONVERT(@FM, "|", OUT)
CMD = "echo a; echo b"
OS.EXECUTE CMD CAPTURING OUT
PRINT CONVERT(@FM, "|", OUT)
PRINT "done"
