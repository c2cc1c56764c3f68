FUNCTION A3.FMTAMT(AMT, WIDTH)
* Money formatted right-justified in WIDTH with thousands separators; negatives
* shown in brackets.
IF AMT < 0 THEN
   S = '(':OCONV(ABS(AMT) * 100, 'MD2,'):')'
END ELSE
   S = OCONV(AMT * 100, 'MD2,'):' '
END
RETURN FMT(S, 'R#':WIDTH)
END
