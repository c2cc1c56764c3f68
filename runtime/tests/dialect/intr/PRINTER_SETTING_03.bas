* PRINTER.SETTING and GETPU while a report prints to a hold file: the layout keys
* (set, reset to the default with -1, reported with -2) and the page keys (data,
* heading and footing lines, line and page number, lines left)
EXECUTE 'SETPTR 0,70,20,2,1,3,BRIEF' CAPTURING J
PRINTER ON
HEADING "Aging 'P'"
FOOTING "Foot'L'second foot line"
FOR K = 1 TO 12
   PRINT 'row ':K
NEXT K
PRINTER OFF
FOR K = 1 TO 15
   CRT K:'=':PRINTER.SETTING(0, K, -2):' ':
NEXT K
CRT
CRT 'getpu: ':GETPU(15, 0):' ':GETPU(1002, 0):' ':GETPU(1003, 0):' ':GETPU(1004, 0):' ':GETPU(1005, 0):' ':GETPU(2000, 0)
PRINTER ON
FOR K = 1 TO 5 ; PRINT 'more ':K ; NEXT K
PRINTER OFF
CRT 'page 2: ':PRINTER.SETTING(0, 12, -2):' ':PRINTER.SETTING(0, 13, -2):' ':PRINTER.SETTING(0, 14, -2):' ':GETPU(15, 0)
CRT 'set width: ':PRINTER.SETTING(0, 1, 100):' ':GETPU(2, 0):' default: ':PRINTER.SETTING(0, 1, -1):' copies ':PRINTER.SETTING(0, 15, 3):' ':GETPU(12, 0)
CRT 'unit 3: mode ':PRINTER.SETTING(3, 9, -2):' lines ':PRINTER.SETTING(3, 2, -2):' data ':PRINTER.SETTING(3, 6, -2):' line ':PRINTER.SETTING(3, 12, -2)
PRINTER CLOSE
CRT 'after close: ':PRINTER.SETTING(0, 7, -2):' ':PRINTER.SETTING(0, 13, -2)
CRT 'done'
