SUBROUTINE ST.KEEPOBJ(O)
* Keeps an object in named COMMON and calls a method of it
   COMMON /OBJS/ KEEP
   KEEP = O
   O->BUMP
END
