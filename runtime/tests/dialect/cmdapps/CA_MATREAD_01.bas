* Employee records through dimensioned arrays: MATREAD / MATWRITE / MATREADU with
* LOCKED, short and long records, the overflow element, INMAT()
EXECUTE "CREATE.FILE EMP" CAPTURING JUNK
OPEN "EMP" TO EF ELSE STOP
DIM EMP(5)
MAT EMP = ""
EMP(1) = "Ada"
EMP(2) = "Engineering"
EMP(3) = 5200
EMP(4) = "x1":@VM:"x2"
MATWRITE EMP ON EF, "E1"
READ RAW FROM EF, "E1" THEN PRINT "raw: ":CONVERT(@FM:@VM, "^]", RAW)
* a record longer than the array: the rest lands in the last element
WRITE "Bob":@FM:"Sales":@FM:4100:@FM:"":@FM:"":@FM:"extra1":@FM:"extra2" ON EF, "E2"
DIM SMALL(3)
MATREAD SMALL FROM EF, "E2" THEN
   PRINT "inmat ":INMAT()
   FOR I = 1 TO 3
      PRINT I:": ":CONVERT(@FM, "^", SMALL(I))
   NEXT I
END
* a shorter record leaves the other elements empty
WRITE "Cy" ON EF, "E3"
MAT EMP = "old"
MATREAD EMP FROM EF, "E3" THEN PRINT "short inmat ":INMAT():" e2=[":EMP(2):"] e5=[":EMP(5):"]"
MATREAD EMP FROM EF, "NONE" ELSE PRINT "missing: status ":STATUS():" e1=[":EMP(1):"]"
* raise everyone's salary under a lock
IDS = "E1":@FM:"E2":@FM:"E3"
FOR I = 1 TO 3
   MATREADU EMP FROM EF, IDS<I> LOCKED
      PRINT "locked"
   END THEN
      IF NUM(EMP(3)) AND EMP(3) # "" THEN EMP(3) = INT(EMP(3) * 1.05)
      MATWRITE EMP ON EF, IDS<I>
   END ELSE
      PRINT "no ":IDS<I>
   END
   PRINT IDS<I>:" locked after matwrite: ":RECORDLOCKED(EF, IDS<I>)
NEXT I
FOR I = 1 TO 3
   READ R FROM EF, IDS<I> THEN PRINT IDS<I>:" ":DCOUNT(R, @FM):" fields: ":CONVERT(@FM:@VM, "^]", R)
NEXT I
* MATWRITEU keeps the lock
MATREADU EMP FROM EF, "E1" ELSE NULL
MATWRITEU EMP ON EF, "E1"
PRINT "after matwriteu: ":RECORDLOCKED(EF, "E1")
RELEASE EF, "E1"
* trailing empty elements are not written
DIM T(6)
MAT T = ""
T(2) = "b"
MATWRITE T ON EF, "T1"
READ R FROM EF, "T1" THEN PRINT "trailing: ":LEN(R):" ":CONVERT(@FM, "^", R)
PRINT "done"
