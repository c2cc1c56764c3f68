* SUPPORT: IN.RUNCODE IN.RUNERR
* OCONVS MX of a string element that is not an integer: "Non-numeric"
CRT OCONVS("5":@FM:"-5":@FM:"", "MX")
CALL IN.RUNCODE('CRT OCONVS("0.5":@FM:3, "MX")')
CRT "done"
END
