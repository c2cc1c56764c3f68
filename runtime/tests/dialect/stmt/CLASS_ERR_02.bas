* CLASS module compile error: RETURN without a value in a GET routine
CLASS E1
   PUBLIC A
   GET VALUE
      IF A THEN RETURN
      RETURN A
   END
END
