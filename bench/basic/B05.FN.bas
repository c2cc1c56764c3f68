FUNCTION B05.FN(X)
* Support for B05_CALL: a small arithmetic function
   RETURN (MOD(X * 13, 1009))
END
