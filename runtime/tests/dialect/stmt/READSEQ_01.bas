* READSEQ line by line: CR LF endings, a last line without newline, empty lines, long line
OPENSEQ "mixed.txt" TO S ELSE NULL
WRITEBLK "one":CHAR(13):CHAR(10):"":CHAR(10):"three":CHAR(10):STR("x", 300):CHAR(10):"last" TO S ELSE NULL
CLOSESEQ S
OPENSEQ "mixed.txt" TO S ELSE STOP "no"
N = 0
LOOP
   READSEQ L FROM S ELSE EXIT
   N += 1
   PRINT N:": len ":LEN(L):" ends CR ":(L[1] = CHAR(13)):" starts [":L[1,5]:"]"
REPEAT
CLOSESEQ S
PRINT "done"
