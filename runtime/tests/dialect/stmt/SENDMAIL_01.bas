* SENDMAIL with no mail server configured: STATUS() reports the failure
SENDMAIL "a@example.invalid", "b@example.invalid", "", "", "subject", "body", ""
PRINT "status non-zero: ":(STATUS() # 0)
PRINT "done"
