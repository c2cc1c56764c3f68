* Uses the FILE statement on PEOPLE (compiled by FILE_01 after it made the dictionary)
FILE PEOPLE
READ PEOPLE FROM "1" ELSE PRINT "no record 1"
PRINT "name: ":PEOPLE(NAME):", town: ":PEOPLE(TOWN)
PEOPLE(TOWN) = "Wells"
WRITE PEOPLE ON "2"
READ PEOPLE FROM "2" ELSE PRINT "no record 2"
PRINT "copy: ":PEOPLE(NAME):" in ":PEOPLE(TOWN)
