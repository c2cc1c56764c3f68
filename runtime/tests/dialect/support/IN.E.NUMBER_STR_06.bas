* a digit string of 20 characters is not numeric (run through IN.RUNERR)
CRT NUM("12345678901234567890") : NUM("1234567890123456789")
X = "12345678901234567890"
CRT X + 1
