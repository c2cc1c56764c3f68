* GES / GTS numeric vs string comparison element-wise
CRT CONVERT(@VM, "]", GES("10":@VM:"abc":@VM:"":@VM:"2", "9":@VM:"abd":@VM:"":@VM:"10"))
CRT CONVERT(@VM, "]", GTS("10":@VM:"abc":@VM:"":@VM:"2", "9":@VM:"abd":@VM:"":@VM:"10"))
CRT CONVERT(@VM, "]", GES("1.0":@VM:"-1", "1":@VM:"-1.00"))
CRT "done"
