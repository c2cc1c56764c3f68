* Multivalue list operations for a price list: per-value loops, totals, FMTS/OCONVS/MODS on lists
QTY = 2:@VM:5:@VM:1:@VM:10
PRICE = 1999:@VM:250:@VM:12000:@VM:75
LINE = ''
FOR I = 1 TO DCOUNT(QTY, @VM) ; LINE<1,I> = QTY<1,I> * PRICE<1,I> ; NEXT I
PRINT 'Lines: ':CHANGE(LINE, @VM, ',')
PRINT 'Total: ':SUM(LINE):' ':OCONV(SUM(LINE), 'MD2,')
PRINT 'Formatted: ':CHANGE(OCONVS(LINE, 'MD2'), @VM, ' ')
PRINT 'Padded: ':CHANGE(FMTS(OCONVS(PRICE, 'MD2'), 'R#8'), @VM, '|')
DISC = 10:@VM:0:@VM:5
PRINT 'STRS: ':CHANGE(STRS('ab':@VM:'c', 2), @VM, ','):' SPACES: [':CHANGE(SPACES(1:@VM:3), @VM, ']['):']'
PRINT 'MODS: ':CHANGE(MODS(PRICE, QTY), @VM, ',')
PRINT 'Compare: ':CHANGE(GES(QTY, REUSE(5)), @VM, ''):' ':CHANGE(EQS(QTY, 2:@VM:4:@VM:1), @VM, '')
PRINT 'CATS: ':CHANGE(CATS('a':@VM:'b', 'x':@VM:'y':@VM:'z'), @VM, ',')
PRINT 'SPLICE: ':CHANGE(SPLICE('a':@VM:'b', '-', 'x':@VM:'y'), @VM, ',')
PRINT 'NEGS/ABSS: ':CHANGE(NEGS(QTY), @VM, ','):' ':CHANGE(ABSS(-1:@VM:2:@VM:-3), @VM, ',')
PRINT 'IFS: ':CHANGE(IFS(GTS(QTY, REUSE(3)), REUSE('big'), REUSE('small')), @VM, ',')
PRINT 'MAX/MIN: ':MAXIMUM(PRICE):' ':MINIMUM(PRICE):' ':MAXIMUM('')
PRINT 'Field sums: ':SUM(1:@VM:2:@FM:3:@VM:4):' ':CONVERT(@FM, '^', SUM(1:@SM:2:@VM:3:@FM:4))
PRINT 'LENS: ':CHANGE(LENS('a':@VM:'bcd':@VM:''), @VM, ',')
PRINT 'TRIMS: [':CHANGE(TRIMS(' a ':@VM:'  b c '), @VM, ']['):']'
PRINT 'SUBSTRINGS: ':CHANGE(SUBSTRINGS('apple':@VM:'banana', 2, 3), @VM, ',')
PRINT 'COUNTS: ':CHANGE(COUNTS('banana':@VM:'apple', 'a'), @VM, ',')
PRINT 'INDEXS: ':CHANGE(INDEXS('banana':@VM:'apple', 'p', 1), @VM, ',')
PRINT 'ICONVS: ':CHANGE(ICONVS('1.50':@VM:'2':@VM:'x', 'MD2'), @VM, ',')
PRINT 'done'
END
