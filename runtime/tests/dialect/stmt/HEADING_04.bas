* HEADING options F, I and R (the query processor's file name and record id) in a
* program that ran no query show 0, with a width as 0 padded on the right; B (a
* break value) shows nothing.
EXECUTE 'SETPTR 1,60,8,0,0,3,BRIEF' CAPTURING JUNK
HEADING ON 1 "F['F']I['I']R['R']B['B']F5['F5']R3['R3']B1['B1']I0['I0']"
PRINT ON 1 'x'
PRINTER CLOSE ON 1
OPEN '$HOLD' TO H ELSE STOP
READ P FROM H, 'P1' ELSE STOP
P = CHANGE(P, CHAR(12), '<FF>')
CONVERT CHAR(13) TO '' IN P
PRINT CONVERT(@FM, '|', P)
PRINT 'done'
