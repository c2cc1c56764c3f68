* GET.MESSAGES with no pending messages
X = GET.MESSAGES()
CRT "[" : X : "] status=" : STATUS()
CRT "done"
