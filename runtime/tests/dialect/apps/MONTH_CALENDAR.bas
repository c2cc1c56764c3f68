* Print a month calendar grid from date arithmetic; holidays looked up in a sorted list
EQU FIRST.YEAR TO 2024
HOLS = ''
HOLIDAYS = '01/01/2024':@FM:'12/25/2024':@FM:'02/29/2024':@FM:'07/04/2024'
FOR H = 1 TO DCOUNT(HOLIDAYS, @FM)
   D = ICONV(HOLIDAYS<H>, 'D')
   LOCATE D IN HOLS<1> BY 'AR' SETTING P ELSE HOLS = INSERT(HOLS, 1, P; D)
NEXT H
PRINT 'Holidays sorted: ':OCONV(HOLS, 'D2/')
FOR MON = 2 TO 3
   START = ICONV(MON:'/01/':FIRST.YEAR, 'D')
   NEXT.M = ICONV((MON+1):'/01/':FIRST.YEAR, 'D')
   DAYS = NEXT.M - START
   PRINT
   PRINT FMT(OCONV(START, 'DMA'):' ':OCONV(START,'DY'), '20C')
   PRINT ' Mo Tu We Th Fr Sa Su'
   DOW = OCONV(START, 'DW')    ;* 1 = Monday
   LINE = SPACE((DOW - 1) * 3)
   FOR DAY = 1 TO DAYS
      THIS = START + DAY - 1
      LOCATE THIS IN HOLS<1> BY 'AR' SETTING P THEN MARK = '*' ELSE MARK = ' '
      LINE := FMT(DAY, 'R#2'):MARK
      IF OCONV(THIS, 'DW') = 7 THEN
         PRINT TRIMB(LINE)
         LINE = ''
      END
   NEXT DAY
   IF LINE # '' THEN PRINT TRIMB(LINE)
   PRINT DAYS:' days, ends on ':OCONV(NEXT.M - 1, 'DWA')
NEXT MON
* leap years
LEAPS = ''
FOR Y = 1896 TO 1912 STEP 4
   FEB29 = ICONV('02/29/':Y, 'D')
   IF STATUS() = 0 AND OCONV(FEB29, 'DM') = 2 THEN LEAPS := Y:' '
NEXT Y
PRINT 'Leap years: ':LEAPS
PRINT 'Year 2000: ':OCONV(ICONV('02/29/2000','D'),'D4/'):' 2100: ':OCONV(ICONV('02/29/2100','D'),'D4/')
PRINT 'done'
END
