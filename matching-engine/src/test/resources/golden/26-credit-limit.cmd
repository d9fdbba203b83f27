# Rule 11: a buyer's credit use = sum over ALL its resting buy orders (all instruments) of
# price x leaves x deliveryHours + its filled (bought) notional + the new order's price x qty x
# deliveryHours; it must not exceed creditLimit (equal is fine). Fills here happen only on the
# 1-hour instrument HR1 (fills on a 24-hour instrument: see 27-credit-filled-24h).
# Filled notional is counted at the TRADE price; a cancel frees the order's share.
INSTRUMENT,DAY24,0.01,1,24,0,10.00
INSTRUMENT,HR1,0.01,1,1,0,10.00
PARTICIPANT,BUY,SZDE,B,10000,0,NONE
PARTICIPANT,SELL,GYBDE,S,0,0,NONE

# 10.00 x 20 x 24 = 4800 -> ACCEPTED seq1 oid1                          (use 4800)
NEW,1,BUY,b1,DAY24,B,LIMIT,GTC,10.00,20
# + 12.00 x 400 x 1 = 4800 -> 9600 -> ACCEPTED seq2 oid2                 (use 9600)
NEW,2,BUY,b2,HR1,B,LIMIT,GTC,12.00,400
# + 10.00 x 41 = 410 -> 10010 > 10000 -> REJECTED seq3 CREDIT_LIMIT
NEW,3,BUY,b3,HR1,B,LIMIT,GTC,10.00,41
# + 400 -> exactly 10000 -> ACCEPTED seq4 oid3                            (use 10000)
NEW,4,BUY,b4,HR1,B,LIMIT,GTC,10.00,40
# + 0.01 x 1 x 24 = 0.24 -> REJECTED seq5 CREDIT_LIMIT
NEW,5,BUY,b5,DAY24,B,LIMIT,GTC,0.01,1
# sell 100 at 11.00 hits b2 at 12.00: ACCEPTED seq6 oid4, FILL seq7 t1 12.00 x100 (aggressor S).
# b2 leaves 300 (3600) + filled 1200: use still 4800 + 3600 + 400 + 1200 = 10000
NEW,6,SELL,s1,HR1,S,LIMIT,GTC,11.00,100
# -> CANCELLED seq8 b4 40 USER                                             (use 9600)
CANCEL,7,BUY,c1,b4
# ask 12.50 (above the best bid 12.00, no trade) -> ACCEPTED seq9 oid5
NEW,8,SELL,s2,HR1,S,LIMIT,GTC,12.50,100
# 9600 + 13.00 x 31 = 10003 -> REJECTED seq10 CREDIT_LIMIT
NEW,9,BUY,b6,HR1,B,LIMIT,IOC,13.00,31
# 9600 + 13.00 x 30 = 9990 -> ACCEPTED seq11 oid6, FILL seq12 t2 12.50 x30;
# filled notional +375 (trade price, not the 13.00 limit)                  (use 9975)
NEW,10,BUY,b7,HR1,B,LIMIT,IOC,13.00,30
# 9975 + 1.00 x 25 = 10000 -> ACCEPTED seq13 oid7                         (use 10000)
NEW,11,BUY,b8,HR1,B,LIMIT,GTC,1.00,25
# + 0.01 -> REJECTED seq14 CREDIT_LIMIT
NEW,12,BUY,b9,HR1,B,LIMIT,GTC,0.01,1
# frees 4800 -> CANCELLED seq15 b1 20 USER                                (use 5200)
CANCEL,13,BUY,c2,b1
# 5200 + 10.00 x 22 x 24 = 5280 -> 10480 -> REJECTED seq16 CREDIT_LIMIT
NEW,14,BUY,b10,DAY24,B,LIMIT,GTC,10.00,22
# 5200 + 4800 = 10000 -> ACCEPTED seq17 oid8
NEW,15,BUY,b11,DAY24,B,LIMIT,GTC,10.00,20
# Final book: DAY24 bid 10.00 b11 20; HR1 bids 12.00 b2 300, 1.00 b8 25; ask 12.50 s2 70
