* Executes ST.SHOWSENT, capturing, and reports
EXECUTE "RUN BP ST.SHOWSENT inner" CAPTURING INNER
PRINT "middle captured ":DCOUNT(INNER, @FM):" lines"
EXECUTE "RUN BP ST.SHOWSENT direct"
