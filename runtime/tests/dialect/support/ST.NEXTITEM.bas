SUBROUTINE ST.NEXTITEM(LIST, ITEM, MORE)
* Takes the next element of LIST with REMOVE; the pointer belongs to the caller's string
   REMOVE ITEM FROM LIST SETTING MORE
RETURN
