* ITYPE of dictionary records that hold no compiled code: D-types and
* A/S-types without a correlative give a field of @RECORD (0 = @ID, 9998 =
* number of fields, 9999 = length); a matrix element may hold the record
@ID = "K1"
@RECORD = "a":@FM:"b]c":@FM:"":@FM:"d"
D = "D":@FM:"2"
CRT "D 2=[" : ITYPE(D) : "] status=" : STATUS()
D = "D":@FM:"0"
X = ITYPE(D)
CRT "D 0=[" : X : "]"
D = "D":@FM:"9998"
CRT "D 9998=[" : ITYPE(D) : "]"
D = "D":@FM:"9999"
CRT "D 9999=[" : ITYPE(D) : "]"
D = "D":@FM:"7"
CRT "D 7=[" : ITYPE(D) : "]"
D = "A":@FM:"4"
CRT "A 4=[" : ITYPE(D) : "]"
D = "S":@FM:"1":@FM:"":@FM:"":@FM:"":@FM:"":@FM:"":@FM:""
CRT "S 1=[" : ITYPE(D) : "]"
D = "D":@FM:"01"
CRT "D 01=[" : ITYPE(D) : "]"
D = "D":@FM:"2":@FM:"MCU"
CRT "D 2 with a conversion=[" : ITYPE(D) : "]"
DIM M(2)
M(1) = "D":@FM:"1"
CRT "element=[" : ITYPE(M(1)) : "]"
@RECORD = ""
D = "D":@FM:"9998"
CRT "empty record 9998=[" : ITYPE(D) : "]"
CRT "done"
