* PUBLIC variable declaration outside a CLASS module is a compile error
PUBLIC COUNTER
COUNTER = 1
PRINT "done"
