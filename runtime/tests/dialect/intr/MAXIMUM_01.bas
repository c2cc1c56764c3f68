* MAXIMUM / MINIMUM over a dynamic array
A = 3:@VM:-1:@VM:10:@FM:7:@SM:2.5
CRT MAXIMUM(A) : "|" : MINIMUM(A)
CRT "[" : MAXIMUM("") : "][" : MINIMUM("") : "]"
CRT MAXIMUM(5) : "|" : MINIMUM("-4")
CRT MAXIMUM(1:@VM:"":@VM:3) : "|" : MINIMUM(1:@VM:"":@VM:3)
CRT MAXIMUM(@VM:@VM) : "|" : MINIMUM(-1:@FM:-2.5)
CRT "done"
