* STOPE with an id the ERRMSG file lacks
STOPE "X" : "Y"
