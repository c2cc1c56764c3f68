* Names that contain keywords or are statement words
PRINT.ME = 1
ENDX = 2
STEP = 3
TO = 4
FROM = 5
CRT PRINT.ME + ENDX + STEP + TO + FROM
PRINT "done"
END
