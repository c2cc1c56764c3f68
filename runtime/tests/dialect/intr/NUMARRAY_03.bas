* arithmetic on numeric arrays: elements pair level by level; missing elements are 0 (1 for a divisor or exponent); trailing marks; += and -=; REM and PWR
A = 1:@VM:2:@VM:3
B = 10:@FM:20
CRT CONVERT(@FM:@VM:@SM, "^]\", A + B)
CRT CONVERT(@FM:@VM:@SM, "^]\", B - A)
CRT CONVERT(@FM:@VM:@SM, "^]\", A * "")
CRT CONVERT(@FM:@VM:@SM, "^]\", "" + A)
CRT CONVERT(@FM:@VM:@SM, "^]\", A / 2)
CRT CONVERT(@FM:@VM:@SM, "^]\", 2 / A)
CRT CONVERT(@FM:@VM:@SM, "^]\", A ** 2)
CRT CONVERT(@FM:@VM:@SM, "^]\", -A)
CRT CONVERT(@FM:@VM:@SM, "^]\", (1:@VM) + 5)
CRT CONVERT(@FM:@VM:@SM, "^]\", (1:@SM:2:@VM:3) + (10:@VM:20:@SM:30))
CRT CONVERT(@FM:@VM:@SM, "^]\", ("":@VM:"") + 1)
CRT CONVERT(@FM:@VM:@SM, "^]\", (" 1":@VM:"2.5") * 2)
CRT CONVERT(@FM:@VM:@SM, "^]\", (1:@VM:2) / 3)
X = 1:@VM:2
X += 5
CRT CONVERT(@FM:@VM:@SM, "^]\", X)
X -= 1:@VM:1:@VM:1
CRT CONVERT(@FM:@VM:@SM, "^]\", X)
CRT CONVERT(@FM:@VM:@SM, "^]\", REM(7:@VM:8, 3)) : " " : CONVERT(@FM:@VM:@SM, "^]\", PWR(2:@VM:3, 3))
CRT CONVERT(@FM:@VM:@SM, "^]\", (1:@VM:2) + 2147483647)
CRT "done"
