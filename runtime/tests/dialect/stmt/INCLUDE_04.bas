* SUPPORT: ST.CONSTS.H AP.CONST.H
* `#` directives are the `$` ones: #INCLUDE, and #insert in lower case
#INCLUDE ST.CONSTS.H
#insert AP.CONST.H
PRINT "max=":ST.MAX:" version=":APP.VERSION
PRINT "done"
END
