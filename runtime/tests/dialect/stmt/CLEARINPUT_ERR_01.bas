* CLEARINPUT takes no arguments: what follows it is read as another statement
CLEARINPUT X
PRINT "done"
