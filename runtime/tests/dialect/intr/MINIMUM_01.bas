* MINIMUM edge cases
CRT MINIMUM(5:@VM:5:@VM:5) : "|" : MINIMUM("0.5":@FM:".25") : "|" : MINIMUM(-2147483648:@VM:1)
CRT "done"
