* SUPPORT: ST.RECUR.CLS ST.KEEPOBJ
* Objects passed to a CALLed subroutine and kept in named COMMON; a class name in lower case;
* recursion through ME; field extraction on a property
COMMON /OBJS/ KEEP
EXECUTE "BASIC BP ST.RECUR.CLS" CAPTURING JUNK
EXECUTE "CATALOG BP ST.RECUR.CLS LOCAL" CAPTURING JUNK
R = OBJECT("st.recur.cls")
PRINT R->FACT(5):" ":R->N
R->BUMP
PRINT R->N
CALL ST.KEEPOBJ(R)
PRINT R->N:" ":KEEP->N
PRINT R->LIST<2>
L = R->LIST
PRINT L<3>
PRINT "done"
