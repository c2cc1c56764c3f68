* SUPPORT: ST.CONSTS.H AP.CONST.H
* include names are read from the line's text up to a semicolon (a comment may
* follow), and an item or file written in lower case is found in upper case
$include st.consts.h ;* constants for the run
include bp ap.const.h ; * application constants
PRINT "max=":ST.MAX:" version=":APP.VERSION
PRINT "done"
END
