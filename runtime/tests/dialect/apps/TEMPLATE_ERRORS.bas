* A mail-merge routine written for another dialect: EREPLACE is not a ScarletDME
* function, so its calls are matrix references (three or more subscripts are an error)
TPL = 'Dear {name}, your order {order} ships {when}. {name}, thanks!'
VALS = 'name':@VM:'Ms Smith':@FM:'order':@VM:'A-77':@FM:'when':@VM:'today'
MSG = TPL
FOR V = 1 TO DCOUNT(VALS, @FM)
   MSG = EREPLACE(MSG, '{':VALS<V,1>:'}', VALS<V,2>)
NEXT V
PRINT MSG
PRINT 'once: ':EREPLACE(TPL, '{name}', 'X', 1)
LINES = SORT(SPLIT(MSG, ' '))
PRINT 'done'
END
