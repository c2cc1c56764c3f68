* dynamic array extraction with angle brackets vs EXTRACT(), past ends and empty fields
A = "a":@FM:@FM:"c1":@VM:@VM:"c3":@FM
CRT "[" : A<2> : "][" : A<3,2> : "][" : A<3,3> : "][" : A<4> : "][" : A<5> : "]"
CRT "[" : EXTRACT(A, 3, 3) : "][" : EXTRACT(A, 3, 0, 0) : "]"
CRT "[" : A<1,1,1> : "][" : A<1,2> : "][" : A<3,3,1> : "][" : A<3,3,2> : "]"
CRT "done"
