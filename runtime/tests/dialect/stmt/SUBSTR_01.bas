* Substrings S[start, len], S[n] (last n chars), assignment to substrings, negative and zero positions
S = "ABCDEFGH"
PRINT S[3, 2]:" ":S[3]:" ":S[0, 2]:" ":S[-2, 3]:" [":S[9, 2]:"] ":S[2, 100]
T = S ; T[3, 2] = "xy" ; PRINT T
T = S ; T[3, 2] = "" ; PRINT T
T = S ; T[3, 0] = "++" ; PRINT T
T = S ; T[10, 2] = "z" ; PRINT "[":T:"]"
N = 12345
PRINT N[2, 3] + 1
PRINT "done"
