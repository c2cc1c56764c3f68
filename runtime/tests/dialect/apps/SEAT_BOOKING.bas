* Theatre seat booking: each performance is a record of seat rows read into a DIM'd
* array with MATREADU (the record stays locked while a booking is made) and written back
* with MATWRITE. Requests ask for N adjacent seats, best row first; cancellations free
* them; a seating chart and takings are printed. Prices depend on the row band.
EQU NROWS TO 6, NSEATS TO 10
DIM HALL(NROWS), PRICE(3)
PRICE(1) = 4500 ; PRICE(2) = 3200 ; PRICE(3) = 1800
EXECUTE 'CREATE.FILE SHOWS' CAPTURING JUNK
OPEN 'SHOWS' TO SHOWS.F ELSE STOP 'no SHOWS'
* a new performance: every seat free ('.'), a pillar at row 6 seats 5-6 ('#')
FOR P = 1 TO 2
   MAT HALL = STR('.', NSEATS)
   HALL(6) = '....##....'
   MATWRITE HALL ON SHOWS.F, 'HAMLET*':P
NEXT P
REQ = 'HAMLET*1|SMITH|4'
REQ<-1> = 'HAMLET*1|JONES|2'
REQ<-1> = 'HAMLET*1|PATEL|10'
REQ<-1> = 'HAMLET*1|LEE|11'
REQ<-1> = 'HAMLET*2|GROUP A|9'
REQ<-1> = 'HAMLET*2|GROUP B|9'
REQ<-1> = 'HAMLET*1|CANCEL|JONES'
REQ<-1> = 'HAMLET*1|BROWN|3'
REQ<-1> = 'HAMLET*3|NOBODY|1'
REQ<-1> = 'HAMLET*2|SOLO|1'
REQ<-1> = 'HAMLET*2|QUAD|4'
BOOKINGS = ''
FOR R = 1 TO DCOUNT(REQ, @FM)
   SHOW = FIELD(REQ<R>, '|', 1) ; WHO = FIELD(REQ<R>, '|', 2) ; N = FIELD(REQ<R>, '|', 3)
   MATREADU HALL FROM SHOWS.F, SHOW LOCKED
      PRINT SHOW:' is locked'
      CONTINUE
   END ELSE
      PRINT R:': no performance ':SHOW
      RELEASE SHOWS.F, SHOW
      CONTINUE
   END
   IF WHO = 'CANCEL' THEN
      GOSUB CANCEL
   END ELSE
      GOSUB BOOK
   END
   MATWRITE HALL ON SHOWS.F, SHOW
NEXT R
PRINT
FOR P = 1 TO 2
   MATREAD HALL FROM SHOWS.F, 'HAMLET*':P ELSE CONTINUE
   PRINT 'HAMLET performance ':P:'   ':STR(' ', 2):'1234567890'
   TAKINGS = 0 ; SOLD = 0
   FOR ROW = 1 TO NROWS
      PRINT SPACE(22):CHAR(64 + ROW):' ':HALL(ROW)
      TAKEN = LEN(HALL(ROW)) - COUNT(HALL(ROW), '.') - COUNT(HALL(ROW), '#')
      SOLD += TAKEN
      TAKINGS += TAKEN * PRICE(INT((ROW + 1) / 2))
   NEXT ROW
   PRINT SPACE(22):SOLD:' seats, takings ':OCONV(TAKINGS, 'MD2,$')
NEXT P
PRINT 'bookings: ':CONVERT(@FM:@VM, '; ', BOOKINGS)
PRINT 'done'
STOP
*
* BOOK: N adjacent free seats for WHO, front rows first, nearest the centre first
BOOK:
   IF N > NSEATS THEN
      PRINT R:': ':WHO:' wants ':N:', rows have ':NSEATS
      RELEASE SHOWS.F, SHOW
      RETURN
   END
   BEST.ROW = 0 ; BEST.COL = 0 ; BEST.DIST = 999
   WANT = STR('.', N)
   FOR ROW = 1 TO NROWS UNTIL BEST.ROW
      FOR COL = 1 TO NSEATS - N + 1
         IF HALL(ROW)[COL, N] = WANT THEN
            DIST = ABS((COL + (N - 1) / 2) - (NSEATS + 1) / 2)
            IF DIST < BEST.DIST THEN BEST.ROW = ROW ; BEST.COL = COL ; BEST.DIST = DIST
         END
      NEXT COL
   NEXT ROW
   IF BEST.ROW = 0 THEN
      PRINT R:': ':SHOW:' cannot seat ':N:' together for ':WHO
      RELEASE SHOWS.F, SHOW
      RETURN
   END
   MARK = WHO[1, 1]
   HALL(BEST.ROW)[BEST.COL, N] = STR(MARK, N)
   SEATS = CHAR(64 + BEST.ROW):BEST.COL:'-':BEST.COL + N - 1
   BOOKINGS<-1> = SHOW:@VM:WHO:@VM:SEATS
   PRINT R:': ':WHO:' x':N:' at ':SHOW:' seats ':SEATS
RETURN
*
CANCEL:
   WHO = N
   FOUND = 0
   FOR B = DCOUNT(BOOKINGS, @FM) TO 1 STEP -1
      IF BOOKINGS<B, 1> = SHOW AND BOOKINGS<B, 2> = WHO THEN FOUND = B ; EXIT
   NEXT B
   IF NOT(FOUND) THEN PRINT R:': no booking for ':WHO ; RETURN
   SEATS = BOOKINGS<FOUND, 3>
   ROW = SEQ(SEATS[1, 1]) - 64
   FROM = FIELD(SEATS[2, 99], '-', 1) ; UPTO = FIELD(SEATS, '-', 2)
   HALL(ROW)[FROM, UPTO - FROM + 1] = STR('.', UPTO - FROM + 1)
   DEL BOOKINGS<FOUND>
   PRINT R:': cancelled ':WHO:' ':SEATS
RETURN
END
