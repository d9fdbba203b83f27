# Rule 8 / interp. 1: when newQty - filled <= 0 the order is done: after the participant,
# duplicate, unknown-order, price and qty checks it is cancelled like a CANCEL:
# CANCELLED,<seq>,<p>,<origClOrdId>,<leaves before>,USER - and nothing else is checked
# (not halted, not band). The new clOrdId never names the order (but is used up).
# H100: tick 1, lot 5, band 10% of 100 -> [90, 110].
INSTRUMENT,H100,1,5,1,10,100
PARTICIPANT,B1,SZDE,B,0,0,NONE
PARTICIPANT,S1,GYBDE,S,0,0,NONE

# ACCEPTED seq1 oid1
NEW,1,B1,b1,H100,B,LIMIT,GTC,100,20
# ACCEPTED seq2 oid2, FILL seq3 t1 100 x10; b1 filled 10, leaves 10
NEW,2,S1,s1,H100,S,LIMIT,GTC,100,10
# newQty 10 - filled 10 = 0 -> done: CANCELLED seq4 b1 (the ORIGINAL clOrdId) leaves 10 USER
REPLACE,3,B1,b2,b1,100,10
# b2 never named a live order -> REJECTED seq5 UNKNOWN_ORDER
CANCEL,4,B1,c1,b2
# ACCEPTED seq6 oid3
NEW,5,B1,b3,H100,B,LIMIT,GTC,100,20
# ACCEPTED seq7 oid4, FILL seq8 t2 100 x15; b3 filled 15, leaves 5
NEW,6,S1,s2,H100,S,LIMIT,GTC,100,15
# price is checked before the done case: 100.5 not a multiple of tick 1 -> REJECTED seq9 INVALID_PRICE
REPLACE,7,B1,b4,b3,100.5,5
# qty 7 not a multiple of lot 5 -> REJECTED seq10 INVALID_QTY
REPLACE,8,B1,b5,b3,100,7
HALT,9,H100
# done case while halted and with a price outside the band: 10 - 15 < 0 -> CANCELLED seq11 b3 5 USER
REPLACE,10,B1,b6,b3,200,10
# -> REJECTED seq12 INSTRUMENT_HALTED
NEW,11,B1,b7,H100,B,LIMIT,GTC,100,5
RESUME,12,H100
# ACCEPTED seq13 oid5
NEW,13,B1,b8,H100,B,LIMIT,GTC,95,10
# nothing filled: leaves 5 > 0, an ordinary replace -> REPLACED seq14
REPLACE,14,B1,b9,b8,95,5
# Final book: bid 95 b9 5
