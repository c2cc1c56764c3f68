* INPUT with a prompt; with no terminal and no DATA the process ends
DATA "Alice"
PRINT "Name":
INPUT NAME
PRINT "Hello ":NAME
PROMPT ">"
DATA "7"
INPUT N
PRINT "N=":N
INPUT @(0,0):X
PRINT "not reached"
