* STATUS var FROM a sequential file: position, end flag, bytes left, size, type; a new file's facts are zeros
OPENSEQ "st.txt" TO S THEN PRINT "exists?" ELSE NULL
STATUS ST FROM S THEN PRINT "new: ":ST<1>:",":ST<2>:",":ST<4>:",":ST<6>:",":ST<21> ELSE PRINT "status else"
PRINT "fields: ":DCOUNT(ST, @FM)
WRITEBLK "abcdef" TO S ELSE NULL
SEEK S, 2 ELSE NULL
STATUS ST FROM S THEN PRINT "at 2: ":ST<1>:",":ST<2>:",":ST<4>:",":ST<6>:",":ST<21>
SEEK S, 0, 2 ELSE NULL
STATUS ST FROM S THEN PRINT "at end: ":ST<1>:",":ST<2>:",":ST<4>:",":ST<6>
PRINT "path ends: ":(ST<20>[7] = "/st.txt")
PRINT "mode set: ":(ST<5> > 0):", date set: ":(ST<16> > 19000)
CLOSESEQ S
EXECUTE "CREATE.FILE SF DIRECTORY" CAPTURING JUNK
OPEN "SF" TO F ELSE STOP
STATUS ST FROM F THEN PRINT "dir file: ":ST<1>:",":ST<2>:",":ST<4>:",":ST<21>:" fields ":DCOUNT(ST, @FM)
PRINT "done"
