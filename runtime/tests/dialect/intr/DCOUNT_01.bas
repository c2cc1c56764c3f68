* DCOUNT(string, delimiter)
CRT DCOUNT("a,b,c", ",") : "|" : DCOUNT("", ",") : "|" : DCOUNT("abc", ",") : "|" : DCOUNT(",", ",")
CRT DCOUNT("a":@FM:"b":@FM, @FM) : "|" : DCOUNT("a]b]c", "]") : "|" : DCOUNT("abc", "")
CRT DCOUNT("a::b::c", "::") : "|" : DCOUNT("aaa", "a") : "|" : DCOUNT(" ", ",")
CRT DCOUNT("1":@VM:"2":@FM:"3", @VM)
CRT "done"
