* TRANS by field name
PRINT TRANS("CUST", "C2", "CITY", "X")
