* SUPPORT: IN.RUNERR IN.E.FILEINFO_02
* FILEINFO with an unknown key (run through IN.RUNERR)
EXECUTE "CREATE.FILE INFI DIRECTORY" CAPTURING JUNK
OPEN "INFI" TO F ELSE STOP "no file"
CRT "open=" : FILEINFO(F, 0)
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.FILEINFO_02")
CRT "done"
