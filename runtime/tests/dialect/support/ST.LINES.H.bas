* included by ST.LINES3: its lines start no line-table entries
Y = 1

Z = Q
