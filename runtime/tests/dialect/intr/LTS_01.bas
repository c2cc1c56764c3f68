* LTS with empty and equal numeric strings
CRT CONVERT(@VM, "]", LTS("":@VM:"1":@VM:"01", "":@VM:"1.0":@VM:"1"))
CRT "done"
