* CHECKSUM of long text, high bytes and numbers
CRT CHECKSUM(STR("abc", 20))
CRT CHECKSUM(CHAR(255):CHAR(128))
CRT CHECKSUM(1.5) : "|" : CHECKSUM(-1) : "|" : CHECKSUM(" ")
CRT "done"
