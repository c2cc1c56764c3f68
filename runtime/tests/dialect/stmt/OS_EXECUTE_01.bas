* OS.EXECUTE runs a shell command; CAPTURING collects its output
OS.EXECUTE "echo hello from shell" CAPTURING OUT
PRINT "[":CONVERT(@FM, "|", OUT):"]"
OS.EXECUTE "exit 3" CAPTURING OUT
PRINT "status after exit 3: ":STATUS()
OS.EXECUTE "printf 'a\nb\n'" CAPTURING OUT
PRINT DCOUNT(OUT, @FM):" fields: ":CONVERT(@FM, "|", OUT)
PRINT "done"
