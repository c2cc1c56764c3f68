* SUPPORT: IN.RUNCODE IN.RUNERR
* MX after MD2 in one code: the text "1.50" is not an integer
CRT OCONV(1.5, "MD2")
CALL IN.RUNCODE('CRT OCONV(1.5, "MD2":@VM:"MX")')
CRT "done"
END
