* an integer literal of 16 digits makes the ScarletDME compiler itself fail (no numbered error lines)
X = 1234567890123456
CRT X
