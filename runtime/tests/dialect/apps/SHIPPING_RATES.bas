* Shipping charges by weight band and zone; written in an older house style with
* comments after semicolons, numeric labels, IF blocks with notes and ON GOSUB dispatch
      EQU ZONES TO 'UK,EU,US,ROW'
      RATES = ''
      RATES<1> = 350:@VM:550:@VM:790:@VM:1190   ;* up to 1 kg, per zone, pence
      RATES<2> = 495:@VM:825:@VM:1275:@VM:1850  ;* up to 2 kg
      RATES<3> = 720:@VM:1390:@VM:2095:@VM:2999 ;* up to 5 kg
      BANDS = 1000:@VM:2000:@VM:5000            ;* grams
      SHIPMENTS = 'S1,UK,450':@FM:'S2,US,1999':@FM:'S3,EU,2000':@FM:'S4,ROW,4999.5':@FM:'S5,MARS,100':@FM:'S6,UK,7500':@FM:'S7,EU,0'
      TOTAL = 0 ; COUNT.OK = 0
      FOR S = 1 TO DCOUNT(SHIPMENTS, @FM)
         ID = FIELD(SHIPMENTS<S>, ',', 1)
         ZONE = FIELD(SHIPMENTS<S>, ',', 2)
         GRAMS = FIELD(SHIPMENTS<S>, ',', 3)
         GOSUB 100 ;* find the zone column
         IF ZCOL = 0 THEN ;* unknown zone
            PRINT ID:': unknown zone ':ZONE
            CONTINUE
         END ELSE ;* known: find the weight band
            GOSUB 200
         END
         IF BAND = 0 THEN
            * too heavy for the table: the top band plus a surcharge per extra kilo
            EXTRA = INT((GRAMS - BANDS<1,3> + 999) / 1000)
            CHARGE = RATES<3,ZCOL> + EXTRA * 250
            NOTE = ' (+':EXTRA:' kg)'
         END ELSE ; NOTE = ''
            CHARGE = RATES<BAND,ZCOL>
         END
         IF GRAMS <= 0 THEN CHARGE = 0 ; NOTE = ' (nothing to ship)'
         TOTAL += CHARGE ; COUNT.OK += 1
         PRINT ID:' ':FMT(ZONE, 'L#4'):FMT(GRAMS, 'R#7'):'g ':FMT(OCONV(CHARGE, 'MD2'), 'R#7'):NOTE
      NEXT S
      PRINT 'Shipments charged: ':COUNT.OK:' total ':OCONV(TOTAL, 'MD2,$')
      * dispatch on a menu choice with ON GOSUB; choices out of range fall through
      FOR CHOICE = 0 TO 4
         ON CHOICE GOSUB 300, 400, 500
      NEXT CHOICE
      PRINT 'done'
      STOP
100   ZCOL = 0 ;* zone lookup
      FOR Z = 1 TO DCOUNT(ZONES, ',')
         IF FIELD(ZONES, ',', Z) = ZONE THEN ZCOL = Z ; EXIT
      NEXT Z
      RETURN
200   BAND = 0 ;* weight lookup
      LOCATE GRAMS IN BANDS<1> BY 'AR' SETTING BAND ELSE
         IF BAND > DCOUNT(BANDS, @VM) THEN BAND = 0
      END
      RETURN
300   PRINT 'choice 1: rates table has ':DCOUNT(RATES, @FM):' bands' ; RETURN
400   PRINT 'choice 2: zones ':CHANGE(ZONES, ',', ' ') ; RETURN
500   PRINT 'choice 3: heaviest band ':BANDS<1,3> / 1000:' kg'
      RETURN
   END
