* SUPPORT: A4.ITEM.CLS A4.STORE.CLS
* Inventory with CLASS modules: item objects (PUBLIC properties, a READONLY code, a
* PUBLIC matrix of bin quantities, GET/SET routines, a destructor) kept by a store object
* in a PRIVATE matrix of objects. Receipts and issues come from a movement list; the
* program prints stock, values, a reorder list and what happens to released objects.
EXECUTE 'BASIC BP A4.ITEM.CLS' CAPTURING JUNK
EXECUTE 'CATALOG BP A4.ITEM.CLS LOCAL' CAPTURING JUNK
EXECUTE 'BASIC BP A4.STORE.CLS' CAPTURING JUNK
EXECUTE 'CATALOG BP A4.STORE.CLS LOCAL' CAPTURING JUNK
STORE = OBJECT('A4.STORE.CLS', 'North depot')
ITEM.LIST = 'BRK-01|Brake pads (set)|2499'
ITEM.LIST<-1> = 'FLT-07|Oil filter|650'
ITEM.LIST<-1> = 'WIP-22|Wiper blade 22in|899'
ITEM.LIST<-1> = 'BUL-H4|Bulb H4 12V|375'
ITEM.LIST<-1> = 'FLT-07|Oil filter (duplicate)|1'
FOR I = 1 TO DCOUNT(ITEM.LIST, @FM)
   IT = OBJECT('A4.ITEM.CLS', FIELD(ITEM.LIST<I>, '|', 1), FIELD(ITEM.LIST<I>, '|', 2), FIELD(ITEM.LIST<I>, '|', 3))
   IF STORE->ADD(IT) ELSE PRINT 'not added: ':IT->CODE:' ':IT->DESC
NEXT I
IT = ''
PRINT STORE->NAME:' holds ':STORE->COUNT:' items'
* movements: code, R(eceive) bin qty or I(ssue) qty
MOVES = 'BRK-01 R 1 12|FLT-07 R 2 40|FLT-07 R 3 15|WIP-22 R 1 6|BUL-H4 R 4 100'
MOVES := '|BRK-01 I 5|FLT-07 I 48|WIP-22 I 9|BUL-H4 I 30|XXX-00 I 1|BRK-01 R 9 1|FLT-07 R 1 2'
FOR I = 1 TO DCOUNT(MOVES, '|')
   M = FIELD(MOVES, '|', I)
   CODE = FIELD(M, ' ', 1)
   IT = STORE->FIND(CODE)
   IF NOT(OBJINFO(IT, 0)) THEN
      PRINT 'movement ':I:': unknown item ':CODE
      CONTINUE
   END
   IF FIELD(M, ' ', 2) = 'R' THEN
      R = IT->RECEIVE(FIELD(M, ' ', 3), FIELD(M, ' ', 4))
      IF R < 0 THEN PRINT 'movement ':I:': no bin ':FIELD(M, ' ', 3):' for ':CODE
   END ELSE
      SHORT = IT->ISSUE(FIELD(M, ' ', 3))
      IF SHORT THEN PRINT 'movement ':I:': ':CODE:' short by ':SHORT
   END
NEXT I
IT = ''
PRINT
PRINT FMT('Code', '8L'):FMT('Description', '20L'):FMT('Bins', '16L'):FMT('Qty', '5R'):FMT('Value', '10R')
FOR I = 1 TO DCOUNT(ITEM.LIST, @FM) - 1
   IT = STORE->FIND(FIELD(ITEM.LIST<I>, '|', 1))
   BINS = ''
   FOR B = 1 TO 4 ; BINS := FMT(IT->BINS(B), '4R') ; NEXT B
   PRINT FMT(IT->CODE, '8L'):FMT(IT->DESC, '20L'):BINS:FMT(IT->ON.HAND, '5R'):FMT(OCONV(IT->VALUE, 'MD2,'), '10R')
NEXT I
PRINT 'Total value: ':OCONV(STORE->TOTAL.VALUE, 'MD2,$')
PRINT 'Reorder: ':CONVERT(@FM, ' ', STORE->REORDER.LIST)
* a price rise through the SET routine, a direct bin correction through the PUBLIC matrix
IT = STORE->FIND('BUL-H4')
IT->PRICE.CHANGE = 8
IT->BINS(2) = 5
PRINT 'BUL-H4 now ':OCONV(IT->PRICE, 'MD2'):' x ':IT->ON.HAND:' = ':OCONV(IT->VALUE, 'MD2')
H = IT->HISTORY
PRINT 'BUL-H4 moves: ':CONVERT(@VM:@FM, ',;', H)
IT = ''
* the store lets go of an item: it is released when the last reference goes
PRINT 'removing WIP-22'
STORE->REMOVE.ITEM('WIP-22')
PRINT 'count now ':STORE->COUNT:', reorder: ':CONVERT(@FM, ' ', STORE->REORDER.LIST)
PRINT 'releasing the store'
STORE = 0
PRINT 'done'
