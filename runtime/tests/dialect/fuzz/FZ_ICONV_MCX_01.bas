* SUPPORT: IN.RUNCODE IN.RUNERR
* ICONV MCX takes the text's unsigned integer (GetUnsignedInt): text other
* than a sign and digits stops the program
CRT ICONV("-1", "MCX"):"/":STATUS()
CALL IN.RUNCODE('CRT ICONV("1.5", "MCX")')
CRT "done"
END
