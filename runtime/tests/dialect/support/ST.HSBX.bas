SUBROUTINE ST.HSBX(A, B)
* called as a function: A is the hidden result
   CRT "in ST.HSBX B=":B
   A = B * 2
   B = B + 1
   RETURN
END
