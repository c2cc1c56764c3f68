CLASS A4.ITEM.CLS
* A stock item: code, description, price (pence), quantity on hand per bin, movements.
* LOG.MOVE is reached by GOSUB from the routines: it shares the caller's local
* variables (MB, MQ) but not its arguments
   PUBLIC CODE READONLY, DESC, PRICE, REORDER
   PUBLIC BINS(4)
   PRIVATE MOVES, NMOVES
   PUBLIC SUBROUTINE CREATE.OBJECT(C, D, P)
      CODE = C
      DESC = D
      PRICE = P
      REORDER = 10
      MAT BINS = 0
      MOVES = ''
      NMOVES = 0
   END
   PUBLIC FUNCTION ON.HAND
      Q = 0
      FOR B = 1 TO INMAT(BINS) ; Q += BINS(B) ; NEXT B
      RETURN Q
   END
   PUBLIC FUNCTION VALUE
      RETURN ME->ON.HAND * PRICE
   END
   * receive into a bin; returns the new quantity in that bin
   PUBLIC FUNCTION RECEIVE(BIN, QTY)
      IF BIN < 1 OR BIN > INMAT(BINS) THEN RETURN -1
      BINS(BIN) += QTY
      MB = BIN ; MQ = QTY
      GOSUB LOG.MOVE
      RETURN BINS(BIN)
   END
   * issue from the fullest bins first; returns the quantity that could not be issued
   PUBLIC FUNCTION ISSUE(QTY)
      LEFT = QTY
      LOOP WHILE LEFT > 0
         BEST = 0
         FOR B = 1 TO INMAT(BINS)
            IF BINS(B) > 0 AND (BEST = 0 OR BINS(B) > BINS(BEST)) THEN BEST = B
         NEXT B
         IF BEST = 0 THEN EXIT
         TAKE = MINIMUM(LEFT:@FM:BINS(BEST))
         BINS(BEST) -= TAKE
         LEFT -= TAKE
         MB = BEST ; MQ = -TAKE
         GOSUB LOG.MOVE
      REPEAT
      RETURN LEFT
   END
   GET NEEDS.ORDER
      RETURN ME->ON.HAND < REORDER
   END
   SET PRICE.CHANGE(PCT)
      PRICE = OCONV(PRICE * (100 + PCT) / 100, 'MD0')
   END
   PUBLIC FUNCTION HISTORY
      RETURN MOVES
   END
   PUBLIC SUBROUTINE DESTROY.OBJECT
      PRINT '  (released ':CODE:' after ':NMOVES:' moves)'
   END
LOG.MOVE:
   NMOVES += 1
   MOVES<1, -1> = MB
   MOVES<2, -1> = MQ
   RETURN
END
