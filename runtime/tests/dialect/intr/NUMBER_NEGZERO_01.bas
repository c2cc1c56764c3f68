* negative zero: how it displays and compares
A = INT(-0.5)
CRT "[" : A : "] " : (A = 0) : " " : LEN(A) : " [" : A + 0 : "] [" : A * 1 : "]"
B = 0 * -1
CRT "[" : B : "] " : (B = 0)
C = -0.00001
CRT "[" : C : "] " : (C = 0) : " " : (C < 0)
D = -0.00001 * 1
CRT "[" : D : "]"
E = -1 / 100000
CRT "[" : E : "] [" : E * 100000 : "]"
F = 0 - 0
CRT "[" : F : "] [" : -F : "] [" : NEG(0) : "] [" : -0.0 : "]"
CRT "[" : FMT(-0.001, "R2") : "] [" : OCONV(-0.4, "MD0") : "] [" : INT(-0.1) : "]"
CRT "done"
