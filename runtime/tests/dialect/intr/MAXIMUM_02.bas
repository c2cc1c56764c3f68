* MAXIMUM with a non-numeric element
CRT MAXIMUM(1:@VM:"x":@VM:3)
CRT MINIMUM(1:@VM:"x":@VM:3)
CRT "done"
