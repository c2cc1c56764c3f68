* HEADING options on a print unit that prints to a hold file ($HOLD P4): 'D' the date,
* 'P' and 'S' page numbers, 'C' centring within the unit's width, 'L' new lines, and
* a second HEADING after output (a new page: CR FF)
EXECUTE 'SETPTR 4,40,0,0,0,3,BRIEF' CAPTURING JUNK
HEADING ON 4 "Run on 'D''C'Page 'PL'Second 'S' line"
PRINT ON 4 'first'
HEADING ON 4 "'C'New heading'L'"
PRINT ON 4 'second'
PRINTER CLOSE ON 4
OPEN '$HOLD' TO H ELSE STOP 'no $HOLD'
READ R FROM H, 'P4' ELSE STOP 'no P4'
R = CHANGE(R, OCONV(DATE(), 'D'), '<today>')
R = CHANGE(R, CHAR(13):CHAR(12), '<FF>')
FOR I = 1 TO DCOUNT(R, @FM)
   PRINT I:'[':R<I>:']'
NEXT I
PRINT 'done'
