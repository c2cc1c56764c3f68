* Field-substring S[delim, start, count]: extraction and assignment
S = "alpha,beta,gamma,delta"
PRINT S[",", 2, 1]
PRINT S[",", 2, 2]
PRINT "[":S[",", 9, 1]:"]"
PRINT S[",", 1, 9]
T = S
T[",", 2, 1] = "BETA"
PRINT T
T = S
T[",", 2, 2] = "x"
PRINT T
T = "a"
T[",", 3, 1] = "c"
PRINT T
P = "2024-06-30"
PRINT P["-", 2, 1]:"/":P["-", 3, 1]:"/":P["-", 1, 1]
PRINT "done"
