* DIR(path): entries of an OS directory as name]type fields
EXECUTE "CREATE.FILE INDIR DIRECTORY" CAPTURING JUNK
OPEN "INDIR" TO F ELSE STOP "no file"
WRITE "x" TO F, "REC1"
X = DIR("INDIR")
CRT CONVERT(@FM:@VM:@SM, "^]\", X)
Y = DIR("NO.SUCH.DIR.HERE")
CRT "missing=[" : Y : "] status=" : STATUS()
CRT "empty=[" : DIR("") : "]"
OPENSEQ "INDIR2.TXT" TO S ELSE NULL
WRITESEQ "hello" TO S ELSE NULL
CLOSESEQ S
CRT "file=[" : DIR("INDIR2.TXT") : "]"
CRT "done"
