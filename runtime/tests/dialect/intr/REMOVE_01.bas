* REMOVE(string, delim) function form
S = "a":@FM:"b":@VM:"c":@SM:"d":@TM:"e"
LOOP
   X = REMOVE(S, D)
   CRT "[" : X : "] " : D
WHILE D DO REPEAT
X = REMOVE(S, D)
CRT "exhausted [" : X : "] " : D
E = ""
X = REMOVE(E, D)
CRT "empty [" : X : "] " : D
T = "x":@FM:@FM:"y"
LOOP
   X = REMOVE(T, D)
   CRT "[" : X : "] " : D
WHILE D DO REPEAT
CRT "done"
