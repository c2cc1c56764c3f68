SUBROUTINE AP.FIFO(LOTS, QTY, COGS, SHORT)
* consume QTY from the oldest lots; COGS in pence; SHORT what could not be supplied
   COGS = 0
   NEED = QTY
   LOOP
   WHILE NEED > 0 AND LOTS<1,1> # '' DO
      AVAIL = LOTS<1,1>
      TAKE = NEED
      IF TAKE > AVAIL THEN TAKE = AVAIL
      COGS += TAKE * LOTS<2,1>
      NEED -= TAKE
      IF TAKE = AVAIL THEN
         DEL LOTS<1,1>
         DEL LOTS<2,1>
      END ELSE
         LOTS<1,1> = AVAIL - TAKE
      END
   REPEAT
   SHORT = NEED
   RETURN
END
