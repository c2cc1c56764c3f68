* READLIST FROM a select-list variable (run through IN.RUNERR)
OPEN 'VOC' TO F ELSE STOP 'no VOC'
SELECTV F TO LV
CRT 'selected'
READLIST ALL FROM LV THEN CRT 'then ':DCOUNT(ALL, @FM) ELSE CRT 'else'
CRT 'after'
