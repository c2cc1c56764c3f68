* NES
CRT CONVERT(@VM, "]", NES("a":@VM:"1":@VM:"":@VM:"x", "a":@VM:"1.0":@VM:"0":@VM:"X"))
CRT "done"
