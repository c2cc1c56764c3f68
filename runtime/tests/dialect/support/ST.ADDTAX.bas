SUBROUTINE ST.ADDTAX(AMOUNT, RATE, TOTAL)
* Works out a gross amount; changes RATE to show whether the caller sees it
   TOTAL = AMOUNT + AMOUNT * RATE / 100
   RATE = "changed"
RETURN
