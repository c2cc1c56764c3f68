* Menu screen for a stock system run with no terminal attached (as from a batch job):
* @(col,row) positioning, @(-1) clear, @(-2) home, @(-3) clear to end of screen,
* @(-4) clear to end of line, @(-5)/@(-6) blink, @(-7)/@(-8) protect, @(-11)/@(-12)
* dim, @(-13)/@(-14) reverse, @(-15)/@(-16) underline, @(col) alone, lengths of the codes,
* and the choice read from stacked DATA.
OPTS = 'Enter goods in':@FM:'Stock enquiry':@FM:'Price changes':@FM:'Reports':@FM:'Exit'
SCR = @(-1):@(-2)
SCR := @(10, 1):@(-13):' STOCK CONTROL ':@(-14)
FOR I = 1 TO DCOUNT(OPTS, @FM)
   SCR := @(12, I + 3):I:'. ':OPTS<I>
NEXT I
SCR := @(12, 10):@(-15):'Choice':@(-16):' ':@(-4)
SCR := @(0, 22):@(-3)
SCR := @(5):'x':@(0):'y'
CONVERT CHAR(27) TO '~' IN SCR
PRINT 'screen bytes ':LEN(SCR)
N = DCOUNT(SCR, '~')
FOR I = 1 TO N
   PIECE = FIELD(SCR, '~', I)
   IF PIECE # '' THEN PRINT FMT(I, 'R#3'):' ':PIECE
NEXT I
CODES = -1:@FM:-2:@FM:-3:@FM:-4:@FM:-5:@FM:-6:@FM:-7:@FM:-8:@FM:-9:@FM:-10
CODES<-1> = -11:@FM:-12:@FM:-13:@FM:-14:@FM:-15:@FM:-16:@FM:-17:@FM:-18:@FM:-19:@FM:-20
FOR I = 1 TO DCOUNT(CODES, @FM)
   C = @(CODES<I>)
   PRINT FMT(CODES<I>, 'R#4'):' len ':FMT(LEN(C), 'R#2'):' ':CONVERT(CHAR(27):CHAR(13):CHAR(8), '~<^', C)
NEXT I
PRINT 'pos 0,0 ':CONVERT(CHAR(27), '~', @(0, 0)):' pos 79,23 ':CONVERT(CHAR(27), '~', @(79, 23)):' col 0 ':SEQ(@(0)):' ':LEN(@(0))
DATA '3'
INPUT CHOICE
BEGIN CASE
   CASE CHOICE = 5 ; PRINT 'bye'
   CASE CHOICE >= 1 AND CHOICE <= 4 ; PRINT 'selected ':OPTS<CHOICE>
   CASE 1 ; PRINT 'invalid'
END CASE
PRINT 'done'
