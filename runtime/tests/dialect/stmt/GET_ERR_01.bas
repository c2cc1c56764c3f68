* GET (a CLASS property routine) outside a CLASS module is a compile error
GET NAME
   RETURN "x"
END
PRINT "done"
