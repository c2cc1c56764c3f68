* SUPPORT: CCSTATE
* User conversions: ICONV/OCONV with "U<name>" call a catalogued
* subroutine (result, source, state, direction) and STATUS() becomes its
* state (never negative); an uncatalogued name is status 2.
X = ICONV(7013, "UCCSTATE")
CRT "iconv: [":X:"] status ":STATUS()
X = OCONV(1011, "UCCSTATE")
CRT "oconv: [":X:"] status ":STATUS()
X = ICONV(0, "UCCSTATE")
CRT "state 0: [":X:"] status ":STATUS()
X = ICONV(2, "UCCSTATE")
CRT "state 2 (iconv gives nothing): [":X:"] status ":STATUS()
X = OCONV(2, "UCCSTATE")
CRT "state 2 (oconv keeps it): [":X:"] status ":STATUS()
X = ICONV(-7, "UCCSTATE")
CRT "negative state: [":X:"] status ":STATUS()
X = ICONV("abc", "UNO.SUCH.ROUTINE")
CRT "uncatalogued: [":X:"] status ":STATUS()
X = OCONV(12345, "MD2":@VM:"UCCSTATE")
CRT "after MD2: [":X:"] status ":STATUS()
X = ICONV(5, "UCCSTATE.EXTRA.ARGS")
CRT "dotted: [":X:"] status ":STATUS()
X = ICONV(3, "  UCCSTATE")
CRT "leading spaces: [":X:"] status ":STATUS()
CRT "done"
END
