* SUPPORT: ST.NEXTITEM
* A REMOVE pointer advanced inside a CALLed routine persists on return
LIST = "apple":@VM:"pear":@FM:"plum":@SM:"fig"
MORE = 1
LOOP
   CALL ST.NEXTITEM(LIST, ITEM, MORE)
   PRINT ITEM:" (":MORE:")"
WHILE MORE DO REPEAT
* the pointer is also seen by REMOVE in the caller
LIST = "a":@FM:"b":@FM:"c"
CALL ST.NEXTITEM(LIST, ITEM, MORE)
REMOVE NXT FROM LIST SETTING D
PRINT "caller continues with: ":NXT
PRINT "done"
