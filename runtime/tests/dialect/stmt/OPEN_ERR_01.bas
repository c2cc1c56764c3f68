* OPEN without TO (a default file variable) is not ScarletDME syntax
EXECUTE "CREATE.FILE DEFLT DIRECTORY" CAPTURING JUNK
OPEN "DEFLT" ELSE STOP "no"
WRITE "default file" ON "K1"
READ R FROM "K1" THEN PRINT "read: ":R
PRINT "done"
