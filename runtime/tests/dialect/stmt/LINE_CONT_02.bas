* A trailing tilde continues a line; an expression cannot continue after an operator
S = "con" : ~
"tinued"
PRINT S
PRINT "done"
