* SUPPORT: ST.NODE.CLS ST.PLAIN.CLS
* Objects are shared by copies and released with their last reference: DESTROY.OBJECT
* runs then (an object's variables after it), and at the end of the program in variable order
EXECUTE "BASIC BP ST.NODE.CLS" CAPTURING JUNK
EXECUTE "CATALOG BP ST.NODE.CLS LOCAL" CAPTURING JUNK
EXECUTE "BASIC BP ST.PLAIN.CLS" CAPTURING JUNK
EXECUTE "CATALOG BP ST.PLAIN.CLS LOCAL" CAPTURING JUNK
P = OBJECT("ST.PLAIN.CLS", 1, 2)
P->V = "v"
PRINT "plain: ":P->V
PRINT ASSIGNED(P):UNASSIGNED(P):OBJINFO(P,0):OBJINFO(P,1):OBJINFO(P, 7)
PRINT OBJINFO(NEVER, 0)
A = OBJECT("ST.NODE.CLS", "a")
A->CHILD = OBJECT("ST.NODE.CLS", "a.child")
B = OBJECT("ST.NODE.CLS", "b")
C = OBJECT("ST.NODE.CLS", "c")
S = B->SELF
PRINT "dropping a"
A = 0
PRINT "dropping b"
B = 0
PRINT "dropping s"
S = ""
GOSUB MAKE.TEMP
PRINT "done"
STOP
MAKE.TEMP:
   T = OBJECT("ST.NODE.CLS", "t")
   PRINT "temp: ":T->NAME
   D = OBJECT("ST.NODE.CLS", "d")
   E = OBJECT("ST.NODE.CLS", "e")
   RETURN
END
