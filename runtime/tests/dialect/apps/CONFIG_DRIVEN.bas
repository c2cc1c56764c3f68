* A batch job driven by a configuration text: $INCLUDE of a common block (twice, guarded
* by $IFNDEF), $DEFINE/$IFDEF/$ELSE feature switches, EQUATE and LIT, an external
* FUNCTION declared with DEFFUN, local subroutines with arguments and PRIVATE variables.
* SUPPORT: A2.CFG.H A2.GETCFG
$INCLUDE BP A2.CFG.H
$INCLUDE BP A2.CFG.H
$DEFINE FEATURE.DISCOUNTS
$DEFINE TRACE.LEVEL 2
DEFFUN A2.GETCFG(NAME, DEFAULT) CALLING 'A2.GETCFG'
DEFFUN FMT.AMT(A) LOCAL
CFG.LOADED = @FALSE
PRINT 'before load: region=':A2.GETCFG('region', 'UK'):' retries=':MAX.RETRIES
TEXT = '# batch settings'
TEXT<-1> = 'Region = EU'
TEXT<-1> = 'currency=EUR'
TEXT<-1> = '  discount.pct = 7.5  '
TEXT<-1> = 'rounding='
TEXT<-1> = 'bogus line without equals'
TEXT<-1> = 'verbose = y'
GOSUB LOAD.CONFIG(TEXT, NBAD)
PRINT 'loaded ':DCOUNT(CFG.NAMES, @FM):' settings, ':NBAD:' bad'
PRINT 'names: ':CONVERT(@FM, ',', CFG.NAMES)
PRINT 'region=':A2.GETCFG('REGION', 'UK'):' currency=':A2.GETCFG('Currency', 'GBP'):' rounding=':A2.GETCFG('rounding', 'HALFUP'):' missing=':A2.GETCFG('nope', '-')
VERBOSE = A2.GETCFG('VERBOSE', CFG.FALSE) = CFG.TRUE
AMOUNTS = 100:@FM:250.5:@FM:19.99:@FM:0:@FM:1234.567
TOTAL = 0
FOR I = 1 TO DCOUNT(AMOUNTS, @FM)
   AMT = AMOUNTS<I>
$IFDEF FEATURE.DISCOUNTS
   PCT = A2.GETCFG('DISCOUNT.PCT', 0)
   GOSUB APPLY.DISCOUNT(AMT, PCT, NET)
$ELSE
   NET = AMT
$ENDIF
   TOTAL += NET
   IF VERBOSE THEN PRINT 'line ':I:DEFAULT.SEP:FMT.AMT(AMT):DEFAULT.SEP:FMT.AMT(NET)
NEXT I
PRINT 'total ':FMT.AMT(TOTAL):' ':A2.GETCFG('currency', '?')
$IFDEF FEATURE.EXPORT
PRINT 'export is on'
$ELSE
PRINT 'export is off'
$ENDIF
$IFNDEF FEATURE.EXPORT
PRINT 'no export defined'
$ENDIF
$IFDEF TRACE.LEVEL
PRINT 'trace level ':TRACE.LEVEL
$ENDIF
RETRY = 0
LOOP
   RETRY += 1
   OK = (RETRY = 2)
UNTIL OK OR RETRY >= MAX.RETRIES DO
   PRINT 'retry ':RETRY
REPEAT
PRINT 'ok after ':RETRY
PRINT 'done'
STOP

LOCAL SUBROUTINE LOAD.CONFIG(LINES, BAD)
   PRIVATE I, L, K, V
   CFG.NAMES = '' ; CFG.VALUES = '' ; BAD = 0
   FOR I = 1 TO DCOUNT(LINES, @FM)
      L = TRIM(LINES<I>)
      IF L = '' OR L[1,1] = '#' THEN CONTINUE
      IF INDEX(L, '=', 1) = 0 THEN BAD += 1 ; CONTINUE
      K = UPCASE(TRIM(FIELD(L, '=', 1)))
      V = TRIM(L[COL2() + 1, 999])
      IF K = 'VERBOSE' THEN V = UPCASE(V)
      LOCATE K IN CFG.NAMES<1> BY 'AL' SETTING P ELSE
         INS K BEFORE CFG.NAMES<P>
         INS V BEFORE CFG.VALUES<P>
      END
   NEXT I
   CFG.LOADED = @TRUE
   RETURN
END

LOCAL SUBROUTINE APPLY.DISCOUNT(GROSS, PCT, NET)
   PRIVATE D
   D = INT(GROSS * PCT + 0.5) / 100
   NET = GROSS - D
   RETURN
END

LOCAL FUNCTION FMT.AMT(A)
   RETURN FMT(A, 'R2,#10')
END
