* SENTENCE() / @SENTENCE for a program run from the command line
S = SENTENCE()
CRT FIELD(S, " ", 1) : " " : FIELD(S, " ", 2) : " " : FIELD(S, " ", 3)
CRT (S = @SENTENCE)
CRT "done"
