* Parsing a key=value configuration text with sections; lookups with defaults; type checks
CFG = '# sample config'
CFG<-1> = '[server]'
CFG<-1> = 'port = 8080'
CFG<-1> = 'host=example.org '
CFG<-1> = ''
CFG<-1> = '[limits]'
CFG<-1> = 'max.conn=  250'
CFG<-1> = 'timeout=30s'
CFG<-1> = 'ratio=0.75'
CFG<-1> = 'bad line without equals'
CFG<-1> = '[server]'
CFG<-1> = 'port=9090'
KEYS = '' ; VALS = ''
SECTION = 'global'
FOR I = 1 TO DCOUNT(CFG, @FM)
   L = TRIM(CFG<I>)
   BEGIN CASE
      CASE L = '' OR L[1,1] = '#'
         NULL
      CASE L[1,1] = '[' AND L[1] = ']'
         SECTION = L[2, LEN(L) - 2]
      CASE INDEX(L, '=', 1)
         K = SECTION:'.':TRIM(FIELD(L, '=', 1))
         V = TRIM(L[COL2() + 1, LEN(L)])
         LOCATE K IN KEYS<1> SETTING P THEN
            PRINT 'override ':K:' ':VALS<1,P>:' -> ':V
            VALS<1,P> = V
         END ELSE
            KEYS<1,-1> = K ; VALS<1,-1> = V
         END
      CASE 1
         PRINT 'line ':I:' ignored: ':L
   END CASE
NEXT I
PRINT DCOUNT(KEYS, @VM):' keys'
WANT = 'server.port':@FM:'server.host':@FM:'limits.max.conn':@FM:'limits.timeout':@FM:'limits.ratio':@FM:'limits.retries'
FOR W = 1 TO DCOUNT(WANT, @FM)
   K = WANT<W>
   LOCATE K IN KEYS<1> SETTING P THEN V = VALS<1,P> ELSE V = '(default)'
   TYPE = 'text'
   IF NUM(V) THEN
      IF INT(V) = V THEN TYPE = 'integer' ELSE TYPE = 'decimal'
   END ELSE IF V MATCHES '1N0N1A' THEN TYPE = 'duration'
   PRINT FMT(K, 'L#18'):FMT(V, 'L#12'):TYPE
NEXT W
PRINT 'done'
END
