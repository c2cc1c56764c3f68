* EQS / NES / LTS / LES / GTS / GES: element-wise comparisons
A = 1:@VM:2:@VM:3:@VM:"a":@VM:"":@VM:"10"
B = 1:@VM:3:@VM:2:@VM:"b":@VM:"":@VM:"9"
CRT CONVERT(@VM, "]", EQS(A, B))
CRT CONVERT(@VM, "]", NES(A, B))
CRT CONVERT(@VM, "]", LTS(A, B))
CRT CONVERT(@VM, "]", LES(A, B))
CRT CONVERT(@VM, "]", GTS(A, B))
CRT CONVERT(@VM, "]", GES(A, B))
CRT "done"
