* Print units and command levels: a unit defined by an EXECUTEd SETPTR belongs to
* that inner level, so the end of every later EXECUTE drops its heading and, once it
* has printed, finishes its hold record (BRIEF: the next output starts P1 again);
* printing after that claims it for the program's level and later EXECUTEs leave it
* alone. A unit first used by the program itself is never closed by an EXECUTE.
EXECUTE 'SETPTR 1,40,8,0,0,3,BRIEF' CAPTURING JUNK
HEADING ON 1 "HEAD 'P'"
EXECUTE 'WHO' CAPTURING J
PRINT ON 1 'x1'
EXECUTE 'WHO' CAPTURING J
PRINT ON 1 'y1'
HEADING ON 1 "SECOND 'P'"
PRINT ON 1 'z1'
EXECUTE 'WHO' CAPTURING J
PRINT ON 1 'w1'
PRINTER CLOSE ON 1
OPEN '$HOLD' TO H ELSE STOP
READ P FROM H, 'P1' ELSE STOP
GOSUB SHOW
PRINT ON 2 'u2'
EXECUTE 'WHO' CAPTURING J
PRINT ON 2 'v2'
PRINTER CLOSE ON 2
READ P FROM H, 'P2' ELSE PRINT 'no P2'
GOSUB SHOW
PRINT 'done'
STOP
SHOW:
   P = CHANGE(P, CHAR(12), '<FF>')
   CONVERT CHAR(13) TO '' IN P
   PRINT CONVERT(@FM, '|', P)
RETURN
