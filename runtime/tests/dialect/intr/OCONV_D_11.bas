* ISO week dates: D codes with YI (ISO year) and I/WI (ISO week number).
D = 0:@FM:3:@FM:364:@FM:365:@FM:366:@FM:731:@FM:1096:@FM:1460:@FM:13514:@FM:13515:@FM:13879:@FM:14245:@FM:20089:@FM:20454:@FM:-5:@FM:19358
C = 'DYIWI':@FM:'DYI-I':@FM:'D2YI I':@FM:'DIYI':@FM:'DYI':@FM:'DWIYI':@FM:'DYI WA':@FM:'D4-YIIWA'
FOR J = 1 TO DCOUNT(C, @FM)
   L = FMT(C<J>, 'L#10'):'|'
   FOR I = 1 TO DCOUNT(D, @FM)
      X = OCONV(D<I>, C<J>)
      L := X:'|'
   NEXT I
   PRINT L
NEXT J
PRINT 'done'
