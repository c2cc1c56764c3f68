* OPENSEQ, READSEQ, WRITESEQ, CLOSESEQ failures: STATUS() and OS.ERROR() after each (OPENSEQ never sets OS.ERROR)
OPENSEQ "/no/such/dir/x.txt" TO S THEN CRT "1 opened" ELSE CRT "1 status=" : STATUS() : " os=" : OS.ERROR() : " assigned=" : ASSIGNED(S)
OPENSEQ "new.txt" TO S THEN CRT "2 opened" ELSE CRT "2 status=" : STATUS() : " os=" : OS.ERROR() : " assigned=" : ASSIGNED(S)
CLOSESEQ S
CRT "2b status=" : STATUS() : " os=" : OS.ERROR()
EXECUTE "CREATE.FILE ADIR DIRECTORY" CAPTURING JUNK
OPENSEQ "ADIR" TO S THEN CRT "3 opened" ELSE CRT "3 status=" : STATUS() : " os=" : OS.ERROR()
OPENSEQ "/tmp" TO S THEN CRT "3b opened" ELSE CRT "3b status=" : STATUS() : " os=" : OS.ERROR()
OPENSEQ "ro.txt" TO S ELSE NULL
WRITESEQ "x" TO S ELSE CRT "w failed"
CRT "4 status=" : STATUS() : " os=" : OS.ERROR()
CLOSESEQ S
CRT "4b status=" : STATUS() : " os=" : OS.ERROR()
OPENSEQ "ro.txt" READONLY TO S ELSE CRT "ro open failed"
CRT "5 status=" : STATUS() : " os=" : OS.ERROR()
WRITESEQ "y" TO S THEN CRT "wrote" ELSE CRT "6 status=" : STATUS() : " os=" : OS.ERROR()
READSEQ L FROM S THEN CRT "read " : L : " status=" : STATUS() : " os=" : OS.ERROR()
READSEQ L FROM S ELSE CRT "7 status=" : STATUS() : " os=" : OS.ERROR()
CLOSESEQ S
OPENSEQ "/no/such/dir/x.txt" TO S ELSE NULL
CRT "8 os=" : OS.ERROR()
OPENSEQ "/tmp" TO S ELSE NULL
CRT "9 os=" : OS.ERROR()
OPENSEQ "ro.txt" TO S ELSE NULL
CRT "10 status=" : STATUS() : " os=" : OS.ERROR()
CLOSESEQ S
OPENSEQ "NOFILE", "x" TO S ELSE CRT "11 status=" : STATUS() : " os=" : OS.ERROR()
OPENSEQ "ADIR", "r1" TO S ELSE CRT "12 status=" : STATUS() : " os=" : OS.ERROR()
WRITESEQ "z" TO S ELSE NULL
CRT "12b status=" : STATUS() : " os=" : OS.ERROR()
WEOFSEQ S
CRT "12c status=" : STATUS() : " os=" : OS.ERROR()
CLOSESEQ S
OPENSEQ "ro.txt" TO S ELSE NULL
OPENSEQ "ro.txt" TO S2 THEN CRT "13 opened twice " : STATUS() ELSE CRT "13 status=" : STATUS() : " os=" : OS.ERROR()
CLOSESEQ S
CLOSESEQ S2
OPENSEQ "" TO S ELSE CRT "14 status=" : STATUS() : " os=" : OS.ERROR()
OPENSEQ "ro.txt/sub" TO S ELSE CRT "15 status=" : STATUS() : " os=" : OS.ERROR()
CRT "done"
