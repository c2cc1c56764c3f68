* SUPPORT: IN.RUNCODE IN.RUNERR
* COUNT, DCOUNT and COUNTS copy the substring into a 256-byte buffer:
* longer ones stop ScarletDME with "Substring too long"
CRT COUNT(STR("a", 600), STR("a", 256)):" ":DCOUNT("aaa", STR("a", 256)):" ":COUNTS("aaa":@FM:"b", STR("a", 256))
CALL IN.RUNCODE('CRT COUNTS("aaa":@FM:"b", STR("a", 257))')
CRT "done"
END
