* GTS with scalar and mismatched arguments
CRT CONVERT(@FM:@VM, "^]", GTS(5:@VM:1:@VM:9, 4)) : "|" : CONVERT(@FM:@VM, "^]", GTS(1, 0:@VM:2))
CRT "done"
