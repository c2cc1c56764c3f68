* SUPPORT: IN.RUNERR IN.E.NUMBER_STR_06
* a digit string of 20 characters is not numeric (run through IN.RUNERR)
CRT NUM("12345678901234567890") : NUM("1234567890123456789")
X = "12345678901234567890"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.NUMBER_STR_06")
CRT "done"
