* Multivalue maintenance of an order's lines: LOCATE at value and subvalue level with
* AL/AR/DR orders, INSERT/DELETE/REPLACE/EXTRACT functions, LOWER/RAISE to nest a
* record in a field, element-by-element CATS/EQS/GTS with REUSE, SPLICE, and
* FIND/FINDSTR searches.
ORDER = 'ORD-9':@FM:'widget':@VM:'bolt':@VM:'nut':@FM:'3':@VM:'10':@VM:'25':@FM:'250':@VM:'12':@VM:'4'
PRINT 'start: ':CONVERT(@FM:@VM:@SM, '^]\', ORDER)
* keep the products in ascending order, with quantities and prices alongside
NEW = 'anchor':@VM:'5':@VM:'99'
LOCATE NEW<1,1> IN ORDER<2> BY 'AL' SETTING P THEN PRINT 'already there' ELSE
   ORDER = INSERT(ORDER, 2, P; NEW<1,1>)
   ORDER = INSERT(ORDER, 3, P; NEW<1,2>)
   ORDER = INSERT(ORDER, 4, P; NEW<1,3>)
END
PRINT 'anchor at ':P:': ':CONVERT(@FM:@VM, '^]', ORDER)
LOCATE 'nut' IN ORDER<2> SETTING P ELSE P = 0
PRINT 'nut unsorted search: ':P
LOCATE 'nut' IN ORDER<2> BY 'AL' SETTING P ELSE NULL
PRINT 'nut sorted search (list not sorted): ':P
QTYS = ORDER<3>
LOCATE 7 IN QTYS<1> BY 'AR' SETTING QP ELSE NULL
PRINT 'where 7 would go in ':CONVERT(@VM, ',', QTYS):': ':QP
DESC = '90':@VM:'40':@VM:'7':@VM:'3'
LOCATE 10 IN DESC<1> BY 'DR' SETTING DP ELSE NULL
PRINT 'descending insert point for 10: ':DP
* remove the bolt line everywhere
LOCATE 'bolt' IN ORDER<2> SETTING BP THEN
   FOR F = 2 TO 4 ; ORDER = DELETE(ORDER, F, BP) ; NEXT F
END
PRINT 'no bolt: ':CONVERT(@FM:@VM, '^]', ORDER)
ORDER = REPLACE(ORDER, 3, 1; 6)
ORDER<5> = 'gift':@SM:'wrap':@VM:'':@VM:'fragile'
PRINT 'notes: ':CONVERT(@FM:@VM:@SM, '^]\', EXTRACT(ORDER, 5)):' first note sv2: ':EXTRACT(ORDER, 5, 1, 2)
LOCATE 'wrap' IN ORDER<5,1> SETTING SP THEN PRINT 'wrap subvalue ':SP
* line values element by element
Q = ORDER<3> ; PR = ORDER<4>
VALS = ''
FOR I = 1 TO DCOUNT(Q, @VM) ; VALS<1,I> = Q<1,I> * PR<1,I> ; NEXT I
PRINT 'qty*price: ':CONVERT(@VM, ',', VALS):' sum ':SUM(VALS)
PRINT 'equal 5: ':CONVERT(@VM, ',', EQS(Q, REUSE(5)))
PRINT 'labels: ':CONVERT(@VM, ',', CATS(ORDER<2>, REUSE('#')))
PRINT 'big: ':CONVERT(@VM, ',', GTS(VALS, REUSE(100)))
PRINT 'spliced: ':CONVERT(@VM, ',', SPLICE(ORDER<2>, '=', Q))
* nesting a whole record in one field and back
INNER = 'a':@FM:'b':@VM:'c'
OUTER = 'head':@FM:LOWER(INNER)
PRINT 'lowered: ':CONVERT(@FM:@VM:@SM:@TM, '^]\~', OUTER)
PRINT 'raised back: ':CONVERT(@FM:@VM, '^]', RAISE(OUTER<2>))
* searches
FIND 'nut' IN ORDER SETTING FM1, VM1 THEN PRINT 'find nut: ':FM1:',':VM1 ELSE PRINT 'no nut'
FINDSTR 'chor' IN ORDER SETTING FM2, VM2 THEN PRINT 'findstr chor: ':FM2:',':VM2
FIND 'zzz' IN ORDER SETTING FM3 ELSE PRINT 'zzz not found'
PRINT 'counts: fields ':DCOUNT(ORDER, @FM):' values in 2: ':DCOUNT(ORDER<2>, @VM):' subvalues in 5.1: ':DCOUNT(ORDER<5,1>, @SM)
PRINT 'done'
END
