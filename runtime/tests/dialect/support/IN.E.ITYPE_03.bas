* ITYPE of an I-type record that was never compiled (run through IN.RUNERR)
@RECORD = "a"
D = "I":@FM:"@RECORD<1>"
CRT ITYPE(D)
