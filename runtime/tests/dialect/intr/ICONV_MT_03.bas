* OCONV(ICONV(x, "MT"), "MTS") round trips and seconds beyond a day
L = "00:00:00":@FM:"12:00:00":@FM:"23:59:59":@FM:"1:1:1":@FM:"48:00:00"
FOR I = 1 TO 5
   N = ICONV(L<I>, "MTS")
   CRT L<I> : " " : N : " " : OCONV(N, "MTS") : " " : OCONV(N, "MTHS")
NEXT I
CRT "done"
