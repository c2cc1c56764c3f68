CLASS ST.LOGGER.CLS
* Something to inherit: a NOTE method
   PUBLIC SUBROUTINE NOTE(TEXT)
      PRINT "note: ":TEXT
   END
END
