* MATWRITE: trailing empty strings dropped (unassigned elements kept), element 0 appended, empty matrix; MATWRITEU
EXECUTE "CREATE.FILE MW" CAPTURING JUNK
OPEN "MW" TO F ELSE STOP
DIM A(5)
MAT A = ""
A(1) = "one" ; A(3) = "three"
MATWRITE A ON F, "T1"
READ R FROM F, "T1" THEN PRINT "trailing: [":CONVERT(@FM, "^", R):"]"
A(0) = "extra":@FM:"more"
MATWRITE A ON F, "T2"
READ R FROM F, "T2" THEN PRINT "element 0: [":CONVERT(@FM, "^", R):"]"
DIM B(2)
MAT B = ""
MATWRITE B ON F, "T3"
READ R FROM F, "T3" THEN PRINT "empty: [":R:"] len ":LEN(R)
DIM C(3)
C(1) = 1 ; C(2) = 2 ; C(3) = 3
MATWRITEU C ON F, "T4"
PRINT "MATWRITEU without lock: ":RECORDLOCKED(F, "T4")
MATREAD B FROM F, "T4" THEN PRINT "B: ":B(1):B(2):" B(0)=":B(0)
DIM U(4)
U(1) = "w" ; U(2) = 5
MATWRITE U ON F, "T5"
READ R FROM F, "T5" THEN PRINT "unassigned trailing: [":CONVERT(@FM, "^", R):"]"
MATREAD U FROM F, "T5" THEN PRINT "inmat ":INMAT()
MATWRITE U ON F, "T6"
READ R FROM F, "T6" THEN PRINT "after MATREAD: [":CONVERT(@FM, "^", R):"]"
PRINT "done"
