* SUPPORT: IN.RUNCODE IN.RUNERR
* OCONV MT of a string beyond 32 bits: "Numeric overflow"
CRT OCONV("3601", "MTS")
CALL IN.RUNCODE('CRT OCONV("4294967296", "MTS")')
CRT "done"
END
