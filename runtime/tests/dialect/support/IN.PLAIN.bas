* IN.PLAIN: a subroutine kept in BP that sdrun and the harness do not
* catalogue (its first five lines are comments); programs catalogue it
* themselves when they need it catalogued
*
*
SUBROUTINE IN.PLAIN(X)
   X = "plain:" : X
RETURN
END
