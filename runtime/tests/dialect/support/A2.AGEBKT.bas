SUBROUTINE A2.AGEBKT(DAYS, BKT)
* the aging bucket of an item that is DAYS old
   BEGIN CASE
      CASE DAYS <= 0 ; BKT = 1
      CASE DAYS <= 30 ; BKT = 2
      CASE DAYS <= 60 ; BKT = 3
      CASE DAYS <= 90 ; BKT = 4
      CASE 1 ; BKT = 5
   END CASE
RETURN
END
