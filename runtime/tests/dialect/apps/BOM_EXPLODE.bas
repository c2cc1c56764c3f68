* Bill of materials: assemblies and parts on a file, each assembly listing its
* components and quantities in multivalues. Recursive LOCAL FUNCTIONs explode an
* assembly into an indented tree, roll up cost and weight, count the leaf parts
* needed for a build quantity and detect a component cycle. PRIVATE variables keep
* each level's loop state.
DEFFUN ROLL.COST(ID, DEPTH, PATH) LOCAL
DEFFUN MAX.DEPTH(ID) LOCAL
EXECUTE 'CREATE.FILE BOM' CAPTURING JUNK
OPEN 'BOM' TO BOM.F ELSE STOP 'no BOM file'
* record: 1 description, 2 unit cost (pence, parts only), 3 weight (g), 4 components, 5 qtys
DEFS = 'BIKE|Bicycle||0|FRAME]WHEEL]DRIVE]SADDLE|1]2]1]1'
DEFS<-1> = 'FRAME|Frame set||0|TUBE]LUG]PAINT|6]4]1'
DEFS<-1> = 'WHEEL|Wheel||0|RIM]SPOKE]HUB]TYRE|1]32]1]1'
DEFS<-1> = 'DRIVE|Drive train||0|CHAIN]CRANK]SPROCKET|1]2]1'
DEFS<-1> = 'SPROCKET|Sprocket||0|TOOTHRING]BOLT|1]5'
DEFS<-1> = 'TUBE|Steel tube|350|420||'
DEFS<-1> = 'LUG|Lug|120|85||'
DEFS<-1> = 'PAINT|Paint (litre)|900|1000||'
DEFS<-1> = 'RIM|Rim|1500|550||'
DEFS<-1> = 'SPOKE|Spoke|12|6||'
DEFS<-1> = 'HUB|Hub|2200|310||'
DEFS<-1> = 'TYRE|Tyre|1850|600||'
DEFS<-1> = 'CHAIN|Chain|1299|280||'
DEFS<-1> = 'CRANK|Crank arm|875|240||'
DEFS<-1> = 'TOOTHRING|Chain ring|1025|150||'
DEFS<-1> = 'BOLT|Bolt M5|8|4||'
DEFS<-1> = 'SADDLE|Saddle|2450|380||'
DEFS<-1> = 'LOOPA|Loop top||0|LOOPB|1'
DEFS<-1> = 'LOOPB|Loop middle||0|LOOPA]BOLT|1]2'
FOR I = 1 TO DCOUNT(DEFS, @FM)
   LINE = DEFS<I>
   REC = ''
   FOR F = 2 TO 6
      REC<F - 1> = CONVERT(']', @VM, FIELD(LINE, '|', F))
   NEXT F
   WRITE REC ON BOM.F, FIELD(LINE, '|', 1)
NEXT I
LEAVES = '' ; LEAF.QTY = '' ; WEIGHT = 0 ; MULT = 1
PRINT 'Explosion of BIKE'
COST = ROLL.COST('BIKE', 0, '')
PRINT 'Cost of one BIKE: ':OCONV(COST, 'MD2,$')
PRINT 'Weight: ':OCONV(WEIGHT, 'MD3'):' kg'
PRINT 'Deepest level: ':MAX.DEPTH('BIKE')
PRINT
PRINT 'Parts for 25 bicycles:'
FOR I = 1 TO DCOUNT(LEAVES, @FM)
   PRINT '  ':FMT(LEAVES<I>, '10L'):FMT(LEAF.QTY<I> * 25, 'R#6')
NEXT I
PRINT
PRINT 'Explosion of LOOPA'
LEAVES = '' ; LEAF.QTY = '' ; WEIGHT = 0
COST = ROLL.COST('LOOPA', 0, '')
PRINT 'cost ':COST:' leaves ':CONVERT(@FM, ',', LEAVES)
PRINT 'Explosion of NOSUCH'
PRINT 'cost ':ROLL.COST('NOSUCH', 0, '')
PRINT 'done'
STOP
*
* ROLL.COST: prints the tree below ID, returns the cost of one ID; counts leaf parts
* (scaled by the quantities on the way down, in MULT) and total weight
LOCAL FUNCTION ROLL.COST(ID, DEPTH, PATH)
   PRIVATE REC, N, K, SUB.COST, TOTAL, QTY, SAVE.MULT
   READ REC FROM BOM.F, ID ELSE
      PRINT SPACE(DEPTH * 2):ID:' *** missing'
      RETURN 0
   END
   LOCATE ID IN PATH<1> SETTING K THEN
      PRINT SPACE(DEPTH * 2):ID:' *** cycle via ':CONVERT(@FM, '>', PATH)
      RETURN 0
   END
   N = DCOUNT(REC<4>, @VM)
   IF N = 0 THEN
      PRINT SPACE(DEPTH * 2):ID:' ':REC<1>:' @ ':OCONV(REC<2>, 'MD2')
      LOCATE ID IN LEAVES<1> SETTING K ELSE
         LEAVES<K> = ID ; LEAF.QTY<K> = 0
      END
      LEAF.QTY<K> += MULT
      WEIGHT += REC<3> * MULT
      RETURN REC<2>
   END
   PRINT SPACE(DEPTH * 2):ID:' ':REC<1>:' (':N:' components)'
   TOTAL = 0
   FOR K = 1 TO N
      QTY = REC<5, K>
      SAVE.MULT = MULT
      MULT = MULT * QTY
      SUB.COST = ROLL.COST(REC<4, K>, DEPTH + 1, PATH:@FM:ID)
      MULT = SAVE.MULT
      TOTAL += SUB.COST * QTY
   NEXT K
   PRINT SPACE(DEPTH * 2):'= ':ID:' ':OCONV(TOTAL, 'MD2')
   RETURN TOTAL
END
*
LOCAL FUNCTION MAX.DEPTH(ID)
   PRIVATE REC, K, D, BEST
   READ REC FROM BOM.F, ID ELSE RETURN 0
   BEST = 0
   FOR K = 1 TO DCOUNT(REC<4>, @VM)
      D = MAX.DEPTH(REC<4, K>)
      IF D > BEST THEN BEST = D
   NEXT K
   RETURN BEST + 1
END
END
