* The spool file of the MVTLS library: a sequential file rewritten in place
* (SEEK, WEOFSEQ, WRITEBLK, FLUSH with THEN/ELSE), then removed with
* DELETESEQ, by path and as a record of a directory file.
OPENSEQ "spool.tmp" TO F ELSE
   IF STATUS() THEN CRT "cannot create" ELSE CRT "new file"
END
WRITEBLK "first, longer contents" TO F ELSE CRT "writeblk failed"
SEEK F, 0, 0 ELSE CRT "seek failed"
WEOFSEQ F
WRITEBLK "second" TO F ELSE CRT "writeblk failed"
FLUSH F THEN CRT "flushed" ELSE CRT "flush failed"
CLOSESEQ F
OPENSEQ "spool.tmp" TO F THEN
   READBLK D FROM F, 100 ELSE D = "?"
   CRT "contents: ":D
   CLOSESEQ F
END
DELETESEQ "spool.tmp" THEN CRT "deleted" ELSE CRT "not deleted"
DELETESEQ "spool.tmp" THEN CRT "deleted again" ELSE CRT "already gone"
OPENSEQ "spool.tmp" TO F THEN CRT "still there" ELSE CRT "gone: ":STATUS()
EXECUTE "CREATE.FILE DQ.FILE DIRECTORY" CAPTURING OUT
OPENSEQ "DQ.FILE", "REC1" TO G ELSE NULL
WRITEBLK "x" TO G ELSE NULL
CLOSESEQ G
DELETESEQ "DQ.FILE", "REC1" THEN CRT "record deleted" ELSE CRT "record not deleted"
OPENSEQ "DQ.FILE", "REC1" TO G THEN CRT "record still there" ELSE CRT "record gone"
CRT "done"
END
