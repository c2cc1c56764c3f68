* FILEINFO of sequential files (OPENSEQ): open, no VOC name, the path of
* the directory holding the file, type 5; after CLOSESEQ not a file
OPENSEQ "fi.txt" TO F ELSE CREATE F ELSE STOP "no"
P = FILEINFO(F, 2)
PRINT FILEINFO(F, 0):" [":FILEINFO(F, 1):"] ":CHANGE(P, @PATH, "<acct>"):" ":FILEINFO(F, 3)
WRITESEQ "abc" TO F ELSE NULL
PRINT FILEINFO(F, 3):" ":FILEINFO(F, 5):" ":FILEINFO(F, 13)
CLOSESEQ F
OPENSEQ "BP", "NEWREC" TO G ELSE CREATE G ELSE STOP "no2"
P = FILEINFO(G, 2)
PRINT CHANGE(P, @PATH, "<acct>"):" [":FILEINFO(G, 1):"] ":FILEINFO(G, 3):" ":FILEINFO(G, 0)
CLOSESEQ G
PRINT "closed ":FILEINFO(G, 0)
PRINT "done"
