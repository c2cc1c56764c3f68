* CLASS module compile error: obj->name statements other than a call or an assignment
X = 1
P = OBJECT("X")
P->A += 1
P->A(1) X
PRINT "done"
END
