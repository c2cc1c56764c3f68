* SUPPORT: IN.RUNCODE IN.RUNERR
* OCONV MT of non-numeric text stops (GetInt); OCONV D gives STATUS() 1
CRT OCONV("abc", "D"):STATUS()
CALL IN.RUNCODE('CRT OCONV("abc", "MT")')
CRT "done"
END
