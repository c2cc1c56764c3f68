* ICONV then OCONV round trips for each day of a leap February
FOR D = 1 TO 29
   S = "2/" : D : "/2024"
   N = ICONV(S, "D")
   IF OCONV(N, "D2/") # FMT(2, "R%2") : "/" : FMT(D, "R%2") : "/24" THEN CRT "mismatch " : S : " " : N
NEXT D
CRT ICONV("2/29/2024", "D") - ICONV("2/28/2024", "D")
CRT ICONV("3/1/2023", "D") - ICONV("2/28/2023", "D")
CRT "done"
