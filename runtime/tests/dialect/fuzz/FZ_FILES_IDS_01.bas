* difftest profile files: record ids ScarletDME judges by length (its MAXIDLEN 63),
* marks and NUL (a hashed file has no such record; its DELETE is no error) and OS
* names (a directory file reads an id with no name as an empty record, STATUS() 3000)
EXECUTE "CREATE.FILE IDS.H DYNAMIC" CAPTURING JUNK
EXECUTE "CREATE.FILE IDS.D DIRECTORY" CAPTURING JUNK
OPEN "IDS.H" TO FH ELSE STOP
OPEN "IDS.D" TO FD ELSE STOP
IDS = STR("M", 64):@FM:"A":@VM:"2":@FM:"s":@SM:@FM:"t":@TM:"u":@FM:"a":CHAR(0):@FM:CHAR(255)
IDS := @FM:"x/y":@FM:"%":@FM:"a\b":@FM:" lead":@FM:STR("L", 63):@FM:"*"
DIM M(2)
FOR J = 1 TO 2
   IF J = 1 THEN F = FH ELSE F = FD ; IDS := @FM:"tab":CHAR(9):@FM:CHAR(233)
   FOR I = 1 TO DCOUNT(IDS, @FM)
      ID = IDS<I>
      R = J:'.':I:' '
      WRITE "a":@FM:"b" ON F, ID ON ERROR R := 'O'
      R := STATUS():' '
      READ X FROM F, ID THEN R := 'T':LEN(X) ELSE R := 'E'
      R := STATUS():' '
      READV X FROM F, ID, 0 THEN R := 'T':LEN(X) ELSE R := 'E'
      R := STATUS():' '
      READV X FROM F, ID, 1 THEN R := 'T':LEN(X) ELSE R := 'E'
      R := STATUS():' '
      MATREAD M FROM F, ID THEN R := 'T':INMAT() ELSE R := 'E'
      R := STATUS():' '
      WRITEV "v" ON F, ID, 1 ON ERROR R := 'O'
      R := STATUS():' '
      MATWRITE M ON F, ID ON ERROR R := 'O'
      R := STATUS():' '
      SELECT F TO 9
      N = 0
      LOOP
         READNEXT K FROM 9 ELSE EXIT
         N += 1
         IF K # ID THEN R := '[':OCONV(K, 'MX0C'):']'
      REPEAT
      R := N:' '
      DELETE F, ID ON ERROR R := 'O'
      R := STATUS():' '
      READ X FROM F, ID THEN R := 'T' ELSE R := 'E'
      R := STATUS()
      PRINT R
      CLEARFILE F
   NEXT I
NEXT J
EXECUTE "DELETE.FILE IDS.H" CAPTURING JUNK
EXECUTE "DELETE.FILE IDS.D" CAPTURING JUNK
PRINT "done"
