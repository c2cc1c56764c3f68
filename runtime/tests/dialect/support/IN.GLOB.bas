* IN.GLOB: catalogued globally (as *IN.GLOB) by the programs that use it;
* its first five lines are comments so that sdrun does not catalogue it
*
*
*
SUBROUTINE IN.GLOB(R, X)
   R = "glob:" : X
RETURN
END
