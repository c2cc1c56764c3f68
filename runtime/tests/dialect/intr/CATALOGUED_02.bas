* SUPPORT: IN.ARGS
* CATALOGUED looks names up in upper case; prefixes and blanks
CRT CATALOGUED("In.Args") : CATALOGUED(" IN.ARGS") : CATALOGUED("IN.ARGS ") : CATALOGUED("*IN.ARGS")
X = "in.args"
CRT CATALOGUED(X) : " " : X
CRT "done"
