* Record I/O edges: READV of field 0 and negative fields, WRITEV 0/-1/beyond, MATREAD
* of longer, missing and empty records (INMAT), two-dimensional MATREAD/MATWRITE,
* DELETE of missing ids, empty ids, SELECT/SSELECT to numbered lists, READLIST, FORMLIST.
EXECUTE 'CREATE.FILE PF' CAPTURING JUNK
OPEN 'PF' TO F ELSE STOP
WRITE 'a':@FM:'b':@VM:'c':@FM:'d' ON F, 'R1'
READV X FROM F, 'R1', 0 THEN PRINT 'v0 [':X:'] ':STATUS() ELSE PRINT 'v0 else'
READV X FROM F, 'R1', -1 THEN PRINT 'v-1 [':X:']' ELSE PRINT 'v-1 else ':STATUS()
READV X FROM F, 'R1', 2 THEN PRINT 'v2 [':CONVERT(@VM, ']', X):']'
READV X FROM F, 'R1', 7 THEN PRINT 'v7 [':X:']' ELSE PRINT 'v7 else'
WRITEV 'new' ON F, 'R1', 5
READ R FROM F, 'R1' THEN PRINT CONVERT(@FM:@VM, '^]', R)
WRITEV 'zero' ON F, 'R1', 0
READ R FROM F, 'R1' THEN PRINT 'after v0 ':CONVERT(@FM:@VM, '^]', R)
WRITEV 'neg' ON F, 'R1', -1
READ R FROM F, 'R1' THEN PRINT 'after v-1 ':CONVERT(@FM:@VM, '^]', R)
WRITEV 'mk' ON F, 'R9', 3
READ R FROM F, 'R9' THEN PRINT 'new rec ':CONVERT(@FM:@VM, '^]', R)
DIM A(3)
MATREAD A FROM F, 'R1' THEN PRINT 'inmat ':INMAT():' a3 ':CONVERT(@FM:@VM, '^]', A(3))
MATREAD A FROM F, 'NOPE' ELSE PRINT 'nope inmat ':INMAT():' a1 [':A(1):']'
WRITE '' ON F, 'EMPTY'
MATREAD A FROM F, 'EMPTY' THEN PRINT 'empty inmat ':INMAT():' [':A(1):']'
READ R FROM F, 'EMPTY' THEN PRINT 'empty read ok ':LEN(R)
DIM B(2,2)
MATREAD B FROM F, 'R1' THEN PRINT 'b ':INMAT():' ':B(1,1):B(1,2):B(2,1):' [':CONVERT(@FM:@VM, '^]', B(2,2)):']'
MATWRITE B ON F, 'B2'
READ R FROM F, 'B2' THEN PRINT 'b2 ':CONVERT(@FM:@VM, '^]', R)
DELETE F, 'R9'
READ R FROM F, 'R9' ELSE PRINT 'deleted ':STATUS()
DELETE F, 'NEVER'
PRINT 'del missing ':STATUS()
READ R FROM F, '' THEN PRINT 'empty id' ELSE PRINT 'empty id else ':STATUS()
WRITE 'x' ON F, 'SP ACE'
READ R FROM F, 'SP ACE' THEN PRINT 'space id ok'
SELECT F TO 3
N = 0
LOOP
   READNEXT ID FROM 3 ELSE EXIT
   N += 1
REPEAT
PRINT 'count ':N
SSELECT F TO 2
READLIST L FROM 2 THEN PRINT 'list ':CONVERT(@FM, ',', L)
FORMLIST 'x':@FM:'y' TO 4
READNEXT I1 FROM 4 THEN PRINT 'formlist ':I1:' ':SELECTINFO(4, 1)
PRINT 'done'
