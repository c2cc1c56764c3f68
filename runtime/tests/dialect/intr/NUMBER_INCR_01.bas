* += -= *= /= := on integers at the 32-bit boundary and on strings
X = 2147483646 ; X += 1 ; CRT X ; X += 1 ; CRT X
Y = "10" ; Y -= 3 ; CRT Y ; Y *= 2.5 ; CRT Y ; Y /= 7 ; CRT Y
Z = "" ; Z += 1 ; CRT Z
S = 5 ; S := 5 ; CRT S ; S += 1 ; CRT S
CRT "done"
