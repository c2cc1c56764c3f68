* ST.GLOBSUB: catalogued globally by the programs that use it (as *NAME
* or !NAME); its first five lines are comments so that sdrun does not
* catalogue it
*
*
SUBROUTINE ST.GLOBSUB(X)
   X = "glob:" : X
RETURN
END
