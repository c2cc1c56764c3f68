* The target of ST.DIESUB's CHAIN
CALL ST.OBJLOG("chained")
END
