* Aborts with ERRMSG message 202
ABORTE 202, "INV*1"
