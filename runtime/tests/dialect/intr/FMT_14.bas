* FMT masks over a table of values: justification, scaling, commas, currency, credit
* and debit signs, zero suppression, fill characters, percent padding and odd masks.
V = 1234.5:@FM:-1234.5:@FM:0:@FM:'':@FM:'abc':@FM:0.004:@FM:-0.004:@FM:99999999.999:@FM:'12abc':@FM:1000
M = 'R2':@FM:'R2,':@FM:'R2,$':@FM:'R2$,#12':@FM:'L2,#12':@FM:'R0,#8':@FM:'R2Z#8':@FM:'R2E#10':@FM:'R2C#10'
M<-1> = 'R2D#10':@FM:'R2-#10':@FM:'R2B#10':@FM:'R2N#10':@FM:'R2T#10':@FM:'10R2':@FM:'12*R2,':@FM:'R2*12'
M<-1> = 'R#5':@FM:'L#5':@FM:'C#9':@FM:'T#5':@FM:'R%8':@FM:'R2%10':@FM:'MD2':@FM:'R2(###)':@FM:'R3,':@FM:'R24'
M<-1> = 'R2,Z':@FM:'R2$Z':@FM:'L#0':@FM:'#5':@FM:'R':@FM:'L':@FM:'R1':@FM:'R2,C':@FM:'R2,D':@FM:'R20,'
M<-1> = 'R2<#10':@FM:'R2(#10':@FM:'R2[#10':@FM:'L$#8':@FM:'R,':@FM:'RZ':@FM:'R2Z':@FM:'RZ2'
FOR J = 1 TO DCOUNT(M, @FM)
   L = FMT(M<J>, 'L#9'):'|'
   FOR I = 1 TO DCOUNT(V, @FM)
      L := FMT(V<I>, M<J>):'|'
   NEXT I
   PRINT L
NEXT J
PRINT 'done'
