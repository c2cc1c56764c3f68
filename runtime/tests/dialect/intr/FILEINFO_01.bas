* FILEINFO on open, closed and non-file variables
EXECUTE "CREATE.FILE INFI DIRECTORY" CAPTURING JUNK
OPEN "INFI" TO F ELSE STOP "no file"
CRT "open=" : FILEINFO(F, 0)
CRT "type=" : FILEINFO(F, 3)
CRT "vocname=" : FILEINFO(F, 1)
X = 5
CRT "notfile=" : FILEINFO(X, 0)

CLOSE F
CRT "closed=" : FILEINFO(F, 0)
CRT "done"
