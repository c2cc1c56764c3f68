* SPLICE(array1, separator, array2) element-wise
CRT CONVERT(@FM:@VM:@SM, "^]\", SPLICE("a":@VM:"b":@VM:"c", "-", "1":@VM:"2":@VM:"3"))
CRT CONVERT(@FM:@VM:@SM, "^]\", SPLICE("a":@VM:"b", "-", "1":@VM:"2":@VM:"3"))
CRT CONVERT(@FM:@VM:@SM, "^]\", SPLICE("a":@FM:"b", ",", "1"))
CRT CONVERT(@FM:@VM:@SM, "^]\", SPLICE("", "-", ""))
CRT CONVERT(@FM:@VM:@SM, "^]\", SPLICE("a":@VM:"":@VM:"c", "", "x":@VM:"y"))
CRT "done"
