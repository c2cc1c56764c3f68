* SUPPORT: ST.NEXTITEM
* Interleaving REMOVE in the caller and in a called routine on the same string
L = "1":@FM:"2":@FM:"3":@FM:"4":@FM:"5"
REMOVE A FROM L SETTING D
CALL ST.NEXTITEM(L, B, D)
REMOVE C FROM L SETTING D
PRINT A:B:C
CALL ST.NEXTITEM(L, B, D)
PRINT "then ":B:" more=":D
PRINT "done"
