* difftest: field extraction on a literal (generated with --all; excluded class literal_extract)
R = "abc":@FM:"xyz"
R = "abc"<1>:"|":5<1>:"|":R<2>
CONVERT @FM:@VM:@SM:@TM TO '^]\~' IN R
PRINT "C1:":R
PRINT "done"
END
