* LES / LTS
CRT CONVERT(@VM, "]", LES("a":@VM:"b":@VM:"10":@VM:"", "a":@VM:"a":@VM:"9":@VM:"0"))
CRT CONVERT(@VM, "]", LTS("a":@VM:"b":@VM:"10":@VM:"", "a":@VM:"a":@VM:"9":@VM:"0"))
CRT "done"
