* difftest profile stmts (seeds 1003479 C9, 1001663 C23): an L conversion with no length or
* length 0 (L, L0, L0,3) gives the length as an integer, whatever the value: VARTYPE 2, and a
* comparison with a string that is not NUM() but converts ("  12") is numeric
PRINT "1 ":VARTYPE(OCONV("12  ", "L0,3")):"|":OCONV("12  ", "L0,3"):"|":STATUS()
PRINT "2 ":("  12" > OCONV("1.5E-7", "L0,3")):("  12" > "6"):("  12" < OCONV("abc", "L")):(" 3" = OCONV("abc", "L0"))
PRINT "3 ":VARTYPE(OCONV("abc", "L")):VARTYPE(OCONV("", "L")):OCONV("", "L"):VARTYPE(OCONV(12, "L0")):VARTYPE(OCONV(1.5, "L0")):OCONV(1.5, "L0")
PRINT "4 ":VARTYPE(ICONV("12  ", "L0,3")):VARTYPE(ICONV("abc", "L")):VARTYPE(OCONV("123", " L0")):VARTYPE(OCONV("123", "L0,")):VARTYPE(OCONV("123", "L00,5"))
* a length in range leaves the value a string (ScarletDME reads it as a string first)
PRINT "5 ":VARTYPE(OCONV(12, "L9")):VARTYPE(OCONV(12, "L2,5")):VARTYPE(OCONV(12, "L1")):"[":OCONV(12, "L1"):"]":VARTYPE(OCONV(12, "L9x")):STATUS()
* formats: the integer takes the numeric path (sign suffix), a string does not
PRINT "6 [":FMT(OCONV("abc", "L0"), "RM"):"][":FMT("3", "RM"):"][":FMT(OCONV("abcd", "L"), "8R2C"):"]"
* later parts convert the integer; a part that does not touch it keeps it
PRINT "7 ":VARTYPE(OCONV("abc", "L0":@VM:"MCU")):VARTYPE(OCONV("abc", "MCU":@VM:"L0")):VARTYPE(OCONVS("abc", "L0"))
PRINT "8 ":VARTYPE(OCONV("abc", "L0":@VM:"")):VARTYPE(OCONV("abc", "L0":@VM:"MCZ")):VARTYPE(OCONV("abc", "L0":@VM:"Q")):STATUS()
PRINT "9 ":VARTYPE(OCONV("", "MT":@VM:"L0")):VARTYPE(ICONV("12:00", "MT":@VM:"L0")):OCONV(12, "MT":@VM:"L0")
X = OCONV("hello", "L0")
Y = X + 0.5
PRINT "10 ":VARTYPE(X):" ":Y:" ":(X > "  4"):(X = "5.0"):(X < "a")
PRINT "done"
