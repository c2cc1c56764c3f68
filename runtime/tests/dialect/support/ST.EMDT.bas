* Message 10 of ERRMSG_03's own ERRMSG file: bell, date and time
ERRMSG 10
