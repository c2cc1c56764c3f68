* OCONV D with optional parts: D4 with explicit skip count, DE with separators, DJ/DQ/DW on year ends
CRT OCONV(11688, "D4/") : " " : OCONV(11688, "DJ") : " " : OCONV(11688, "DQ") : " " : OCONV(11688, "DW")
CRT OCONV(11689, "DE/") : " " : OCONV(11689, "D2E-") : " " : OCONV(11689, "DMA") : " " : OCONV(11689, "DWA")
CRT OCONV(12053, "DJ") : " " : OCONV(12054, "DJ") : " " : OCONV(12054, "D/")
CRT "done"
