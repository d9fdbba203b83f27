# Rule 11 / interp. 8: a MARKET buy is counted for credit at the band's UPPER price x qty x
# deliveryHours; with no band (and creditLimit > 0) it is rejected CREDIT_LIMIT.
# creditLimit 0 = unlimited: no check at all.
# BAND: band 10% of 50.00 -> upper 55.00; deliveryHours 2. FREE: no band, 1 hour.
INSTRUMENT,BAND,0.01,1,2,10,50.00
INSTRUMENT,FREE,0.01,1,1,0,50.00
PARTICIPANT,MM,SZDE,S,0,0,NONE
PARTICIPANT,BUY1,GYBDE,B,1100,0,NONE
PARTICIPANT,BUY2,GYBDE,B,1000000,0,NONE
PARTICIPANT,RICH,GYBDE,B,0,0,NONE

# expect ACCEPTED seq1 oid1, ACCEPTED seq2 oid2
NEW,1,MM,a1,BAND,S,LIMIT,GTC,46.00,20
NEW,2,MM,a2,FREE,S,LIMIT,GTC,50.00,20
# 55.00*11*2 = 1210 > 1100 -> REJECTED seq3 CREDIT_LIMIT (at the ask 46.00 it would be only 1012)
NEW,3,BUY1,m1,BAND,B,MARKET,IOC,,11
# 55.00*10*2 = 1100 <= 1100 -> ACCEPTED seq4 oid3, FILL seq5 t1 46.00 x10 (a1 leaves 10)
NEW,4,BUY1,m2,BAND,B,MARKET,IOC,,10
# no band, credit-limited buyer -> REJECTED seq6 CREDIT_LIMIT (IOC) and seq7 (FOK)
NEW,5,BUY2,m3,FREE,B,MARKET,IOC,,1
NEW,6,BUY2,m4,FREE,B,MARKET,FOK,,1
# unlimited buyer, no band: fine -> ACCEPTED seq8 oid4, FILL seq9 t2 50.00 x5
NEW,7,RICH,m5,FREE,B,MARKET,IOC,,5
# a LIMIT order of the same buyer on FREE is fine (50.00*1*1 = 50) -> ACCEPTED seq10 oid5, FILL seq11 t3
NEW,8,BUY2,l1,FREE,B,LIMIT,IOC,50.00,1
# MARKET FOK on BAND: 50 filled + 55.00*5*2 = 600 <= 1000000 -> ACCEPTED seq12 oid6, FILL seq13 t4 46.00 x5
NEW,9,BUY2,m6,BAND,B,MARKET,FOK,,5
# Final book: BAND ask 46.00 a1 5; FREE ask 50.00 a2 14
