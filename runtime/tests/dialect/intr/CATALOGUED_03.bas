* SUPPORT: IN.ARGS IN.PLAIN
* CATALOGUED: an uncatalogued BP item is 0; private 2, local 1; VOC records that are not catalogued programs
CRT "catalogued support item: " : CATALOGUED("IN.ARGS")
CRT "uncatalogued BP item: " : CATALOGUED("IN.PLAIN")
EXECUTE "BASIC BP IN.PLAIN" CAPTURING X
EXECUTE "CATALOG BP IN.PLAIN" CAPTURING X
CRT "private: " : CATALOGUED("IN.PLAIN")
EXECUTE "DELETE.CATALOG IN.PLAIN" CAPTURING X
CRT "after delete: " : CATALOGUED("IN.PLAIN")
EXECUTE "CATALOG BP IN.PLAIN LOCAL" CAPTURING X
CRT "local: " : CATALOGUED("IN.PLAIN") : " " : CATALOGUED("in.plain")
* DELETE.CATALOG without LOCAL leaves the local catalogue alone
EXECUTE "DELETE.CATALOG IN.PLAIN" CAPTURING X
CRT "after private delete: " : CATALOGUED("IN.PLAIN")
EXECUTE "DELETE.CATALOG IN.PLAIN LOCAL" CAPTURING X
CRT "after local delete: " : CATALOGUED("IN.PLAIN")
* still callable from BP? not in ScarletDME: only catalogued names load
CRT "unknown: " : CATALOGUED("NO.SUCH.NAME.C3")
CRT "file pointer: " : CATALOGUED("BP")
OPEN "VOC" TO V ELSE STOP "no VOC"
WRITE "PA":@FM:"DISPLAY hi" ON V, "IN.C3.PARA"
CRT "paragraph: " : CATALOGUED("IN.C3.PARA")
CRT "done"
