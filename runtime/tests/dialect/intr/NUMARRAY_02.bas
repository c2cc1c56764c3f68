* operators with a multi-valued operand work element-wise (missing elements are zero)
CRT CONVERT(@VM, "]", "1":@VM:"2" + 1)
A = "1":@VM:"2"
CRT CONVERT(@VM, "]", A * 2) : " " : CONVERT(@VM, "]", A + A) : " " : CONVERT(@VM, "]", A - "5":@VM:"5")
CRT CONVERT(@VM, "]", PWR(A, 2)) : " " : CONVERT(@VM, "]", A / 1)
CRT (A = A) : " " : ("1":@VM:"2" = "1":@VM:"3")
CRT "done"
