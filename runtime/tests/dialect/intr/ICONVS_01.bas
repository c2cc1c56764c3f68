* ICONVS with time and mixed bad elements
CRT CONVERT(@FM:@VM:@SM, "^]\", ICONVS("1:00":@VM:"x":@SM:"2:00", "MT")) : " " : STATUS()
CRT "done"
