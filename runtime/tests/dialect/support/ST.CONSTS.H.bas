* Constants shared by INCLUDE programs
EQUATE ST.MAX TO 99
EQUATE ST.NAME TO "corpus"
ST.VERSION = "1.2"
