* Inventory reorder check: stock levels as parallel multivalues, lowercase style,
* local functions, reorder quantities rounded up to pack sizes
   equ TRUE to 1, FALSE to 0
   deffun ROUND.UP(q, pack) local
   stock = 'BOLT-10':@vm:'NUT-10':@vm:'WASHER':@vm:'SCREW-4':@vm:'RIVET'
   stock<2> = 120:@vm:15:@vm:0:@vm:48:@vm:7
   stock<3> = 100:@vm:50:@vm:200:@vm:50:@vm:10       ;! minimum levels
   stock<4> = 25:@vm:12:@vm:500:@vm:10:@vm:1         ;! pack sizes
   stock<5> = '0.045':@vm:'0.02':@vm:'0.0075':@vm:'0.031':@vm:'1.10'
   n = dcount(stock<1>, @vm)
   order.value = 0
   any = FALSE
   for i = 1 to n
      code = stock<1,i> ; onhand = stock<2,i> ; minimum = stock<3,i>
      if onhand >= minimum then continue
      any = TRUE
      short = minimum - onhand
      qty = ROUND.UP(short, stock<4,i>)
      cost = qty * stock<5,i>
      order.value += cost
      print fmt(code, 'L#10') : fmt(onhand, 'R#6') : fmt(minimum, 'R#6') : fmt(qty, 'R#6') : fmt(cost, 'R2#10')
   next i
   if not(any) then print 'nothing to order'
   print 'Order value: ' : fmt(order.value, 'R2,#12') : ' (' : oconv(order.value * 100, 'MD2,$') : ')'
   print 'Rounded value: ' : oconv(iconv(order.value, 'MD2'), 'MD2')
   * percentage of items below minimum
   below = 0
   for i = 1 to n
      below += (stock<2,i> < stock<3,i>)
   next i
   pct = below * 100 / n
   print 'Below minimum: ' : below : ' of ' : n : ' = ' : pct : '%  ' : fmt(pct, 'R1') : '%'
   print 'Pack check: ' : ROUND.UP(0, 5) : ' ' : ROUND.UP(1, 5) : ' ' : ROUND.UP(10, 5) : ' ' : ROUND.UP(11, 0)
   print 'done'
   stop

local function ROUND.UP(q, pack)
   private n
   if pack <= 0 then return q
   n = int((q + pack - 1) / pack)
   return n * pack
end
