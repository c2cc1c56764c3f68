* INDEX with marks, case, numbers and a large occurrence
CRT INDEX("a":@FM:"b":@FM:"c", @FM, 2) : "|" : INDEX("ABCabc", "abc", 1) : "|" : INDEX(3.14159, 1, 2)
CRT INDEX("aaa", "a", 3) : "|" : INDEX("aaa", "a", 1000) : "|" : INDEX("abc", "abcd", 1) : "|" : INDEX("abc", "c", 1.9)
CRT "done"
