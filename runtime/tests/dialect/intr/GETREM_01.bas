* GETREM: the REMOVE pointer offset
S = "ab":@FM:"cde":@VM:"f"
CRT GETREM(S)
REMOVE X FROM S SETTING D
CRT X : " " : D : " " : GETREM(S)
REMOVE X FROM S SETTING D
CRT X : " " : D : " " : GETREM(S)
REMOVE X FROM S SETTING D
CRT X : " " : D : " " : GETREM(S)
S = "new"
CRT GETREM(S)
CRT GETREM("")
CRT "done"
