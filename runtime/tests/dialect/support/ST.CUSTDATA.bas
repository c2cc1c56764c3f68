* Creates the CUST file used by the VERB_* programs: a dictionary with D- and I-types and five records
EXECUTE "CREATE.FILE CUST" CAPTURING JUNK
OPEN "CUST" TO F ELSE STOP "cannot open CUST"
WRITE "Smith":@FM:"London":@FM:"120":@FM:"A":@VM:"B" ON F, "C1"
WRITE "Jones":@FM:"Paris":@FM:"80":@FM:"B" ON F, "C2"
WRITE "Brown":@FM:"London":@FM:"300":@FM:"" ON F, "C3"
WRITE "Green":@FM:"Leeds":@FM:"95":@FM:"A" ON F, "C10"
WRITE "Black":@FM:"Lyon":@FM:"100":@FM:"C" ON F, "X1"
OPEN "DICT", "CUST" TO D ELSE STOP "cannot open DICT CUST"
WRITE "D":@FM:1:@FM:"":@FM:"Name":@FM:"10L":@FM:"S" ON D, "NAME"
WRITE "D":@FM:2:@FM:"":@FM:"City":@FM:"10L":@FM:"S" ON D, "CITY"
WRITE "D":@FM:3:@FM:"":@FM:"Balance":@FM:"8R":@FM:"S" ON D, "BAL"
WRITE "D":@FM:4:@FM:"":@FM:"Codes":@FM:"5L":@FM:"M" ON D, "CODES"
WRITE "I":@FM:"BAL * 2":@FM:"":@FM:"Double":@FM:"8R":@FM:"S" ON D, "DBL"
WRITE "I":@FM:"NAME[1,1]":@FM:"":@FM:"Init":@FM:"4L":@FM:"S" ON D, "INITIAL"
CLOSE F
CLOSE D
