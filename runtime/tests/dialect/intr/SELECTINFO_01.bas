* SELECTINFO(list, key): 1 = active?, 3 = count
CRT "inactive=" : SELECTINFO(0, 1)
SELECT "a":@FM:"b":@FM:"c" TO 0
CRT "active=" : SELECTINFO(0, 1) : " count=" : SELECTINFO(0, 3)
READNEXT ID FROM 0 ELSE NULL
CRT "after readnext active=" : SELECTINFO(0, 1) : " count=" : SELECTINFO(0, 3)
CLEARSELECT 0
CRT "cleared=" : SELECTINFO(0, 1)
CRT "list 5 inactive=" : SELECTINFO(5, 1)
CRT "done"
