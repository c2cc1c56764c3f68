FUNCTION VM.FNREM(S)
* Returns the next element of S, taken with REMOVE
   REMOVE Y FROM S SETTING M
   RETURN (Y)
END
