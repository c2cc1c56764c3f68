* SUPPORT: ST.FULLNAME ST.CLAMP
* DEFFUN options in either order, and the name after CALLING written in lower
* case (ScarletDME calls it in upper case)
DEFFUN FULL(A, B) CALLING "st.fullname"
DEFFUN CLAMP(V, LO, HI) VAR.ARGS CALLING "ST.CLAMP"
PRINT FULL("ada", "lovelace")
PRINT CLAMP(15, 1, 10)
PRINT "done"
END
