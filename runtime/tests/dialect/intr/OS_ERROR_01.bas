* OS.ERROR after a failed OS operation
OPENSEQ "/no/such/dir/x.txt" TO F ELSE CRT "openseq status=" : STATUS()
CRT "os.error numeric=" : NUM(OS.ERROR())
CRT "done"
