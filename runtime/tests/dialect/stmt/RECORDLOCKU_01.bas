* RECORDLOCKU / RECORDLOCKL: upgrade, downgrade, locks belong to the file variable that took them
EXECUTE "CREATE.FILE RLU" CAPTURING JUNK
OPEN "RLU" TO F ELSE STOP
OPEN "RLU" TO G ELSE STOP
RECORDLOCKU F, "A"
PRINT "update: ":RECORDLOCKED(F, "A"):" seen through G: ":RECORDLOCKED(G, "A")
PRINT "holder is me: ":(STATUS() > 0)
RECORDLOCKL F, "A"
PRINT "downgraded: ":RECORDLOCKED(F, "A")
RECORDLOCKU F, "A" LOCKED PRINT "locked?" 
PRINT "upgraded: ":RECORDLOCKED(F, "A"):" holder is me: ":(STATUS() > 0)
RELEASE G
PRINT "RELEASE G keeps F's lock: ":RECORDLOCKED(F, "A")
RECORDLOCKL G, "A"
RELEASE F
PRINT "taken again through G, RELEASE F: ":RECORDLOCKED(F, "A")
RELEASE G, "A"
PRINT "RELEASE G, id: ":RECORDLOCKED(F, "A")
RECORDLOCKU F, "N1"
RECORDLOCKU F, "N2"
RELEASE F, "N1"
PRINT "one released: ":RECORDLOCKED(F, "N1"):RECORDLOCKED(F, "N2")
READ X FROM F, "N2" ELSE PRINT "no record made by the lock"
WRITE "x" ON F, "N2"
PRINT "WRITE releases: ":RECORDLOCKED(F, "N2")
PRINT "done"
