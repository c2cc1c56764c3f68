* Feature flags read from text: which strings count as true, operator precedence in conditions
FLAGS = 'debug=1':@FM:'trace=0':@FM:'cache=0.0':@FM:'pool=00':@FM:'mode=off':@FM:'color= ':@FM:'beta=':@FM:'limit=-1':@FM:'ratio=.0'
FOR I = 1 TO DCOUNT(FLAGS, @FM)
   NAME = FIELD(FLAGS<I>, '=', 1)
   VAL = FIELD(FLAGS<I>, '=', 2)
   IF VAL THEN STATE = 'on' ELSE STATE = 'off'
   PRINT FMT(NAME, 'L#6'):'[':VAL:'] ':STATE:' not=':NOT(VAL):' num=':NUM(VAL):' len=':LEN(VAL)
NEXT I
* precedence: arithmetic > concatenation > comparison > AND/OR
A = 1 ; B = 2 ; C = 3
PRINT 'P1: ':A : B + C
PRINT 'P2: ':(A : B) + C
PRINT 'P3: ':A + B * C ** 2
PRINT 'P4: ':2 ** 3 ** 2:' ':-2 ** 2:' ':(-2) ** 2
X = A < B AND B < C OR 0
PRINT 'P5: ':X
Y = A = 1 OR B = 99 AND C = 99
PRINT 'P6: ':Y
Z = 'ab' : 'c' = 'abc'
PRINT 'P7: ':Z
PRINT 'P8: ':(10 - 4 - 3):' ':(100 / 10 / 5):' ':(7 - -2):' ':(- 3 + 5)
PRINT 'P9: ':(1 # 2):(1 <> 1):(2 >< 3):(3 >= 3):(3 => 4):(2 <= 1):(2 =< 2)
PRINT 'P10: ':(A EQ 1):(B NE 2):(C GT 2):(C LT 2):(A LE 1):(B GE 3)
* string comparisons vs numeric ones
PAIRS = '10,9':@FM:'010,10':@FM:'abc,ABC':@FM:'1.0,1':@FM:' 1,1':@FM:'a,':@FM:'2,10a':@FM:'-1,-01'
FOR I = 1 TO DCOUNT(PAIRS, @FM)
   L = FIELD(PAIRS<I>, ',', 1) ; R = FIELD(PAIRS<I>, ',', 2)
   PRINT '"':L:'" vs "':R:'": ':(L = R):(L < R):(L > R):' cmp=':COMPARE(L, R)
NEXT I
* counters that start unassigned-but-initialised, += on empty string
TOT = ''
TOT += 5
PRINT 'TOT: ':TOT
CNT = 0
CNT := 'x'
PRINT 'CNT: ':CNT
S = 'abc'
S := 1 + 2
PRINT 'S: ':S
N = 7
N -= '2'
N *= 1.5
N /= 3
PRINT 'N: ':N
PRINT 'done'
END
