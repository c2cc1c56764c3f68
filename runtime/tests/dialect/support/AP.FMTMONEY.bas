FUNCTION AP.FMTMONEY(AMT, WIDTH)
* money in pence to a right-justified string
   S = OCONV(AMT, 'MD2,')
   RETURN FMT(S, 'R#':WIDTH)
END
