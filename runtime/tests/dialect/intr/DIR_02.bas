* DIR(path) with a trailing slash, of an empty directory and of a relative path with ./
EXECUTE "CREATE.FILE INDIR3 DIRECTORY" CAPTURING JUNK
OPEN "INDIR3" TO F ELSE STOP "no file"
CRT "empty=[" : DIR("INDIR3/") : "]"
WRITE "x" TO F, "R1"
X = DIR("INDIR3/")
CRT CONVERT(@FM:@VM, "^]", X)
X = DIR("./INDIR3")
CRT CONVERT(@FM:@VM, "^]", X)
CRT "done"
