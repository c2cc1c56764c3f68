* Mixed-case keywords, variables are case sensitive by default? (x and X)
x = 1
X = 2
Print x, X
If x < X Then Print "less"
For i = 1 To 2 ; Crt i ; Next i
PRINT "done"
End
