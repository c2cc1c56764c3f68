* SETPTR unit,width,depth,top,bottom,mode,options: mode 3 prints unit 0 to $HOLD (P0, or
* the name after AS); pages have the top margin, heading, data lines, blank lines down
* to the footing, CR FF before the next page; LEFT.MARGIN indents; the record is made
* empty when printing starts and written when the unit is closed
EXECUTE 'SETPTR 0,30,9,1,1,3,LEFT.MARGIN 2,BRIEF' CAPTURING OUT
PRINT 'setptr said [':OUT:'] mode ':GETPU(1, 0):' width ':GETPU(2, 0):' lines ':GETPU(3, 0):' left ':GETPU(6, 0)
PRINTER ON
HEADING "Head 'P'"
FOOTING "Foot 'P'"
FOR I = 1 TO 8 ; PRINT 'row ':I ; NEXT I
OPEN '$HOLD' TO H ELSE STOP 'no $HOLD'
READ R FROM H, 'P0' THEN PRINTER OFF ; PRINT 'open: [':R:']' ; PRINTER ON
PAGE
PRINT 'after page'
PRINTER CLOSE
READ R FROM H, 'P0' ELSE STOP 'no P0'
R = CHANGE(R, CHAR(13):CHAR(12), '<FF>')
FOR I = 1 TO DCOUNT(R, @FM) ; PRINT I:'[':R<I>:']' ; NEXT I
EXECUTE 'SETPTR 0,80,0,0,0,3,AS SUMMARY,BRIEF' CAPTURING OUT
PRINTER ON
PRINT 'one' ; PRINT 'two'
PRINTER CLOSE
READ R FROM H, 'SUMMARY' THEN PRINT 'summary: ':CONVERT(@FM, '|', R) ELSE PRINT 'no summary'
EXECUTE 'SETPTR 0,80,66,0,0,1,BRIEF' CAPTURING OUT
PRINT 'mode now ':GETPU(1, 0)
PRINT 'done'
