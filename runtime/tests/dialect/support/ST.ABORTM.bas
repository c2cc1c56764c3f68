* Aborts through ABORTM with a message built at run time
N = 3
ABORTM "batch ":N:" rejected"
