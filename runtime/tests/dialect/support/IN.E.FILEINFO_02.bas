* FILEINFO with an unknown key (run through IN.RUNERR)
EXECUTE "CREATE.FILE INFI DIRECTORY" CAPTURING JUNK
OPEN "INFI" TO F ELSE STOP "no file"
CRT "open=" : FILEINFO(F, 0)
CRT "bad key=[" : FILEINFO(F, 9999) : "] status=" : STATUS()
