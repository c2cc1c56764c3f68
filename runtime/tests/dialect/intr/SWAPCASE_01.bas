* SWAPCASE
CRT SWAPCASE("Hello World 123") : "|" : SWAPCASE("") : "|" : CONVERT(@FM, "^", SWAPCASE("aBc":@FM:"D"))
CRT "done"
