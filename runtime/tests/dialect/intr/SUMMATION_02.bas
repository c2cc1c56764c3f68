* SUMMATION and MAXIMUM/MINIMUM over decimals and negative values
A = "1.5":@VM:"-2":@SM:"0.25":@FM:"10":@TM:"3"
CRT SUMMATION(A) : "|" : MAXIMUM(A) : "|" : MINIMUM(A)
CRT SUMMATION(2147483647:@VM:1) : "|" : MAXIMUM("007":@VM:"7") : "|" : MINIMUM("-0":@VM:"0")
CRT "done"
