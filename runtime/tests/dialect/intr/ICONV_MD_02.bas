* ICONV MD with commas, currency and sign codes in the conversion
CRT ICONV("1,234.56", "MD2,") : " " : STATUS()
CRT ICONV("$1,234.56", "MD2,$") : " " : STATUS()
CRT ICONV("1234.56-", "MD2-") : " " : STATUS()
CRT ICONV("<12.00>", "MD2E") : " " : STATUS()
CRT ICONV("12.00CR", "MD2C") : " " : STATUS()
CRT ICONV("12.345", "MD3") : " " : STATUS()
CRT ICONV("-0.005", "MD2") : " " : STATUS()
CRT ICONV("0.005", "MD2") : " " : STATUS()
CRT ICONV("99999999.99", "MD2") : " " : STATUS()
CRT ICONV("1.2.3", "MD2") : " " : STATUS()
CRT "done"
