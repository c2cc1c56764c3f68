* READ of a missing record takes ELSE with STATUS() 3006; OS.ERROR() says
* why the operating system could not read it (2: no such file), so a
* program can tell "missing" from "could not read" (too many open files
* gives 24). OS.ERROR() keeps its value until the next failure.
OPEN "BP" TO F ELSE STOP "no BP"
CRT "at start: ":OS.ERROR()
READ X FROM F, "NO.SUCH.RECORD" THEN CRT "?" ELSE CRT "missing: status ":STATUS():", os.error ":OS.ERROR()
WRITE "a":@FM:"b" ON F, "PRESENT"
READ X FROM F, "PRESENT" THEN CRT "found ":X<2>:": status ":STATUS():", os.error ":OS.ERROR()
READV X FROM F, "NO.SUCH.RECORD", 1 THEN CRT "?" ELSE CRT "readv missing: os.error ":OS.ERROR()
DIM M(3)
MATREAD M FROM F, "NO.SUCH.RECORD" THEN CRT "?" ELSE CRT "matread missing: os.error ":OS.ERROR()
READ X FROM F, "NO.SUCH.RECORD" ELSE
   IF OS.ERROR() = 2 THEN CRT "told missing from failed" ELSE CRT "read failed: ":OS.ERROR()
END
DELETE F, "PRESENT"
CRT "done"
