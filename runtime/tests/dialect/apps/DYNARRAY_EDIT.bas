* Editing a customer record with multivalued phone numbers: INS/DEL/REPLACE, <-1>, EXTRACT
REC = ''
REC<1> = 'Acme Ltd'
REC<2> = '12 High St':@VM:'Unit 4':@VM:'Leeds'
REC<5> = '0113 555 0001'
REC<5,-1> = '0113 555 0002'
REC<5,-1> = '07700 900123'
REC<6,1,3> = 'sub three'
GOSUB SHOW
* insert a new first address line, delete the second phone
INS 'Building B' BEFORE REC<2,1>
DEL REC<5,2>
REC = REPLACE(REC, 1, 0, 0, 'ACME LIMITED')
REC = REPLACE(REC, 6, 1, 1; 'sub one')
GOSUB SHOW
* functions versus statements
R2 = INSERT(REC, 3, 0, 0, 'new field 3')
R2 = DELETE(R2, 2, 3)
PRINT 'R2 fields: ':DCOUNT(R2, @FM):' R2<2>: ':CHANGE(R2<2>, @VM, '|'):' R2<3>: ':R2<3>
PRINT 'Original field count: ':DCOUNT(REC, @FM)
PRINT 'EXTRACT: ':EXTRACT(REC, 5, 2):' ':EXTRACT(REC, 2, 0):' '
PRINT 'Out of range: [':REC<99>:'] [':REC<5,99>:'] [':REC<0>:']'
* append to a field that does not exist yet
REC<9,-1> = 'x'
REC<9,-1> = 'y'
REC<-1> = 'last'
PRINT 'Fields now: ':DCOUNT(REC, @FM):' field 9: ':CHANGE(REC<9>, @VM, ',')
* counting values and subvalues
PRINT 'Values in 2: ':DCOUNT(REC<2>, @VM):' subvalues in 6.1: ':DCOUNT(REC<6,1>, @SM)
PRINT 'COUNT of marks: ':COUNT(REC, @FM):' ':COUNT(REC, @VM):' ':COUNT(REC, @SM)
* delete every value that matches
PH = REC<5>
FOR V = DCOUNT(PH, @VM) TO 1 STEP -1
   IF PH<1,V>[1,2] = '07' THEN DEL PH<1,V>
NEXT V
PRINT 'Landlines: ':CHANGE(PH, @VM, ', ')
* field-store beyond the end pads with marks
E = ''
E<3,2> = 'z'
PRINT 'Padded: ':CONVERT(@FM:@VM:@SM, '^]\', E)
E<1,1,2> = 'q'
PRINT 'Padded 2: ':CONVERT(@FM:@VM:@SM, '^]\', E)
S = 'a,b,c'
S = DELETE(S, 1)
PRINT 'Delete 1 from no marks: [':S:']'
PRINT 'done'
STOP
SHOW:
   PRINT CONVERT(@FM:@VM:@SM, '^]\', REC)
   RETURN
END
