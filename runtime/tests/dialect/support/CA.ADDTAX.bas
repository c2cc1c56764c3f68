SUBROUTINE CA.ADDTAX(NET, RATE, GROSS, TAX)
* Gross and tax (both in cents) for a net amount in cents and a percentage rate
   TAX = INT(NET * RATE / 100 + 0.5)
   GROSS = NET + TAX
   RETURN
END
