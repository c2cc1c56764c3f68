* ECHO ON / OFF / expression: accepted without a terminal
ECHO OFF
PRINT "echo off"
ECHO ON
PRINT "echo on"
E = 0
ECHO E
PRINT "done"
