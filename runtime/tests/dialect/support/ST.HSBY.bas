SUBROUTINE ST.HSBY(A, B)
* called as a function, leaves its result (A) unassigned
   CRT "in ST.HSBY B=":B
   RETURN
END
