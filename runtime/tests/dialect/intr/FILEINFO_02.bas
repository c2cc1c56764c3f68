* FILEINFO with an unknown key (last act)
EXECUTE "CREATE.FILE INFI DIRECTORY" CAPTURING JUNK
OPEN "INFI" TO F ELSE STOP "no file"
CRT "open=" : FILEINFO(F, 0)
CRT "bad key=[" : FILEINFO(F, 9999) : "] status=" : STATUS()
CRT "done"
