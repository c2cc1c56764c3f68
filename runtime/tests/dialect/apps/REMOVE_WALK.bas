* Walking nested dynamic arrays with REMOVE: delimiter codes, REMOVE function form, reset with assignment
ORDER = 'ORD1':@VM:'line1':@SM:'x2':@VM:'line2':@FM:'ORD2':@VM:'single':@FM:@FM:'ORD4'
NAMES.OF = 'end':@FM:'IM':@FM:'FM':@FM:'VM':@FM:'SM':@FM:'TM'
LOOP
   REMOVE PART FROM ORDER SETTING DLM
   PRINT '[':PART:'] ':DLM:' ':NAMES.OF<DLM+1>
WHILE DLM REPEAT
* REMOVE as a function
SEQ.LIST = 10:@FM:20:@VM:30:@FM:40
TOTAL = 0
LOOP
   V = REMOVE(SEQ.LIST, D)
   TOTAL += V
   PRINT V:'(':D:') ':
WHILE D DO REPEAT
PRINT 'total ':TOTAL
* REMOVE after assignment starts again from the front
X = 'a':@FM:'b':@FM:'c'
REMOVE A FROM X SETTING D
REMOVE B FROM X SETTING D
X = X
REMOVE C FROM X SETTING D
PRINT 'after self-assign: ':A:B:C
X = 'a':@FM:'b':@FM:'c'
REMOVE A FROM X SETTING D
X<2> = 'B'
REMOVE B FROM X SETTING D
PRINT 'after field update: ':A:B:' ':D
* a copy carries its own pointer
Y = 'p':@FM:'q':@FM:'r'
REMOVE P1 FROM Y SETTING D
Z = Y
REMOVE Q1 FROM Y SETTING D
REMOVE Z1 FROM Z SETTING D
PRINT 'copy: ':P1:Q1:Z1
* empty string
E = ''
REMOVE R FROM E SETTING D
PRINT 'empty: [':R:'] ':D
* build a comma list from a select-style list
KEYS = 'K3':@FM:'K1':@FM:'K2'
OUT = ''
LOOP
   REMOVE K FROM KEYS SETTING MORE
   OUT := K
   IF MORE THEN OUT := ','
WHILE MORE REPEAT
PRINT 'keys: ':OUT
* REMOVE with numeric values keeps them as strings
NUMS = '007':@FM:'1.50':@FM:'-0'
LOOP
   REMOVE N FROM NUMS SETTING D
   PRINT '[':N:'] [':N+0:'] ':
WHILE D REPEAT
PRINT
* REMOVE position via GETREM/SETREM
W = 'one':@FM:'two':@FM:'three'
REMOVE T FROM W SETTING D
PTR = GETREM(W)
REMOVE T FROM W SETTING D
SETREM PTR ON W
REMOVE T2 FROM W SETTING D
PRINT 'ptr ':PTR:' reread ':T2
PRINT 'done'
END
