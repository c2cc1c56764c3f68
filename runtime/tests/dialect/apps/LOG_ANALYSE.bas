* Web-server log analysis: each line split with FIELD and INDEX, paths normalised with
* CHANGE/SWAP and CONVERT, counts with COUNT/DCOUNT (overlapping and empty cases),
* status codes tallied with LOCATE into sorted value lists, user agents classified with
* UPCASE/DOWNCASE matching, and a summary built with STR/SPACE bars.
LOG = '10.0.0.1 - - "GET /index.html HTTP/1.1" 200 5120 "Mozilla/5.0 (X11)"'
LOG<-1> = '10.0.0.2 - bob "GET /Products/../products/list?id=7&sort=asc HTTP/1.1" 200 20480 "curl/8.1"'
LOG<-1> = '10.0.0.1 - - "POST /api/v1/orders HTTP/1.1" 201 312 "python-requests/2.31"'
LOG<-1> = '10.0.0.3 - - "GET /favicon.ico HTTP/1.1" 404 0 "Mozilla/5.0 (Windows)"'
LOG<-1> = '10.0.0.2 - bob "GET //products//list HTTP/1.0" 301 0 "curl/8.1"'
LOG<-1> = '10.0.0.4 - - "GET /index.html HTTP/1.1" 500 1024 "Googlebot/2.1"'
LOG<-1> = 'garbage line'
CODES = '' ; HITS = '' ; BYTES = 0 ; IPS = ''
FOR I = 1 TO DCOUNT(LOG, @FM)
   L = LOG<I>
   IF COUNT(L, '"') # 4 THEN
      PRINT 'skip ':I:': ':COUNT(L, '"'):' quotes, ':DCOUNT(L, ' '):' words'
      CONTINUE
   END
   IP = FIELD(L, ' ', 1)
   USR = FIELD(L, ' ', 3)
   REQ = FIELD(L, '"', 2)
   METHOD = FIELD(REQ, ' ', 1) ; PATH = FIELD(REQ, ' ', 2)
   REST = TRIM(FIELD(L, '"', 3))
   CODE = FIELD(REST, ' ', 1) ; SIZE = FIELD(REST, ' ', 2)
   AGENT = FIELD(L, '"', 4)
   Q = INDEX(PATH, '?', 1)
   IF Q THEN QS = PATH[Q + 1, 999] ; PATH = PATH[1, Q - 1] ELSE QS = ''
   LOOP WHILE INDEX(PATH, '//', 1) DO PATH = CHANGE(PATH, '//', '/') REPEAT
   PATH = DOWNCASE(SWAP(PATH, '/products/../', '/'))
   PATH = CHANGE(PATH, '/products/../', '/')
   KIND = 'other'
   BEGIN CASE
      CASE INDEX(UPCASE(AGENT), 'BOT', 1) ; KIND = 'robot'
      CASE AGENT[1, 4] = 'curl' OR INDEX(AGENT, 'python', 1) ; KIND = 'script'
      CASE AGENT MATCHES "'Mozilla/'0X" ; KIND = 'browser'
   END CASE
   PRINT FMT(IP, 'L#9'):FMT(USR, 'L#4'):FMT(METHOD, 'L#5'):FMT(PATH, 'L#20'):FMT(CODE, 'R#4'):FMT(SIZE, 'R#7'):' ':FMT(KIND, 'L#8'):' qs ':DCOUNT(QS, '&'):' ':CONVERT('&=', ';:', QS)
   BYTES += SIZE
   LOCATE CODE IN CODES<1> BY 'AR' SETTING P ELSE
      INS CODE BEFORE CODES<1, P>
      INS 0 BEFORE HITS<1, P>
   END
   HITS<1, P> += 1
   LOCATE IP IN IPS<1> SETTING P ELSE IPS<1, -1> = IP
NEXT I
PRINT 'status summary:'
FOR P = 1 TO DCOUNT(CODES<1>, @VM)
   PRINT '  ':CODES<1, P>:' ':STR('*', HITS<1, P>):SPACE(5 - HITS<1, P>):'(':HITS<1, P>:')'
NEXT P
PRINT 'unique ips ':DCOUNT(IPS, @VM):' bytes ':OCONV(BYTES, 'MD0,'):' kb ':OCONV(BYTES / 1024 * 100, 'MD2')
* counting edge cases a log parser meets
PRINT 'overlap ':COUNT('aaaa', 'aa'):' dcount empty ':DCOUNT('', ','):' dcount one ':DCOUNT('x', ','):' trailing ':DCOUNT('a,b,', ',')
PRINT 'index nth ':INDEX('a/b/c/d', '/', 3):' missing ':INDEX('abc', 'z', 1):' empty ':INDEX('abc', '', 1)
PRINT 'field beyond [':FIELD('a,b', ',', 5):'] field 0 [':FIELD('a,b', ',', 0):'] multi-char delim [':FIELD('a::b::c', '::', 2):']'
PRINT 'convert uneven [':CONVERT('abc', 'xy', 'aabbcc'):'] change empty [':CHANGE('abc', '', 'x'):']'
PRINT 'done'
