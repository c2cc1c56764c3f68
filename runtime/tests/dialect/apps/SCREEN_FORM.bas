* A data-entry screen painted with @( ) cursor positioning and terminal codes
* (@(-1) clear, @(-4) clear to end of line, @(-13)/@(-14) reverse video), field
* prompts filled from stacked DATA with INPUT @(col,row) (which shows the field's
* previous contents), and a summary built with FMT masks.
FIELDS = 'Customer':@FM:'Town':@FM:'Credit limit':@FM:'Terms'
LENS = 20:@FM:12:@FM:10:@FM:6
DATA 'Kestrel Ltd', 'Leeds', '2500', 'NET30'
CRT @(-1):
CRT @(0, 0):@(-13):FMT(' CUSTOMER MAINTENANCE ', '40L'):@(-14)
FOR I = 1 TO DCOUNT(FIELDS, @FM)
   CRT @(2, I + 1):FMT(FIELDS<I>, 'L#14'):':':@(-4):
NEXT I
ANS = ''
FOR I = 1 TO DCOUNT(FIELDS, @FM)
   INPUT @(17, I + 1):V, LENS<I>
   ANS<I> = V
NEXT I
CRT @(0, 7):'Saved ':FMT(ANS<1>, 'L#14'):' limit ':FMT(ANS<3> * 100, 'R2,$#12')
CRT @(0, 8):@(-4):'terms ':ANS<4>:' town ':UPCASE(ANS<2>)
CRT @(0, 10):'cursor moves leave pagination ':(IF SYSTEM(6) > 0 THEN 'counting' ELSE 'off')
PRINT 'done'
END
