* difftest: seed 5251 case C14, minimised: a format FMT cannot use leaves
* the value as it is (op_fmt returns without touching it): the number
* 0.00001 prints as 0 but is not equal to "0" or "-0"
R = (FMT(0.00001, "Z") = "-0")
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
F = FMT(0.00001, "Z")
PRINT (F = "0"):(F = 0):(F = "-0"):" ":F:" ":STATUS()
F = FMT(12.004, "")
PRINT (F = "12"):(F = 12):" ":F:" ":STATUS()
F = 12.004 "Q"
PRINT (F = "12"):" ":F
F = FMT(12.004, "R2")
PRINT (F = "12.00"):" ":F:" ":STATUS()
F = FMT("abc", "Z")
PRINT F:" ":STATUS()
PRINT "done"
END
