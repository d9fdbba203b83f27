# Rule 5 / interp. 7 and 10: POST_ONLY rests when it does not reach the other side's best price;
# it is rejected POST_ONLY_WOULD_CROSS when buy price >= best ask / sell price <= best bid,
# whoever owns that best order (also the sender itself); POST_ONLY with IOC, FOK or MARKET
# -> INVALID_TIF. A resting post-only order trades normally when someone else aggresses it.
INSTRUMENT,H100,0.01,1,1,0,10.00
PARTICIPANT,P1,SZDE,BS,0,0,NONE
PARTICIPANT,P2,GYBDE,BS,0,0,NONE

# ACCEPTED seq1 oid1: best ask 10.10 (P1)
NEW,1,P1,a1,H100,S,LIMIT,GTC,10.10,5
# post-only buy below the ask rests -> ACCEPTED seq2 oid2: best bid 10.00 (P2)
NEW,2,P2,b1,H100,B,LIMIT,GTC,10.00,5,POST_ONLY
# buy at 10.10 >= best ask 10.10 (someone else's) -> REJECTED seq3 POST_ONLY_WOULD_CROSS
NEW,3,P2,b2,H100,B,LIMIT,DAY,10.10,1,POST_ONLY
# P1's buy would reach P1's OWN ask -> REJECTED seq4 POST_ONLY_WOULD_CROSS
NEW,4,P1,b3,H100,B,LIMIT,GTC,10.20,1,POST_ONLY
# sell at 10.00 <= best bid 10.00 -> REJECTED seq5 POST_ONLY_WOULD_CROSS
NEW,5,P1,a2,H100,S,LIMIT,GTC,10.00,2,POST_ONLY
# P2's sell would reach P2's own bid -> REJECTED seq6 POST_ONLY_WOULD_CROSS
NEW,6,P2,a3,H100,S,LIMIT,GTC,9.50,2,POST_ONLY
# sell at 10.05 > 10.00 rests (DAY) -> ACCEPTED seq7 oid3: best ask 10.05
NEW,7,P1,a4,H100,S,LIMIT,DAY,10.05,3,POST_ONLY
# buy at 10.04 < 10.05 rests -> ACCEPTED seq8 oid4
NEW,8,P2,b4,H100,B,LIMIT,GTC,10.04,2,POST_ONLY
# POST_ONLY with IOC / FOK / MARKET -> REJECTED seq9, seq10, seq11 INVALID_TIF
NEW,9,P2,b5,H100,B,LIMIT,IOC,10.00,1,POST_ONLY
NEW,10,P2,b6,H100,B,LIMIT,FOK,10.00,1,POST_ONLY
NEW,11,P2,b7,H100,B,MARKET,IOC,,1,POST_ONLY
# an ordinary sell hits the resting post-only bid b4: ACCEPTED seq12 oid5, FILL seq13 t1 10.04 x1 (aggressor S)
NEW,12,P1,a5,H100,S,LIMIT,GTC,10.04,1
# Final book: bids 10.04 b4 1, 10.00 b1 5; asks 10.05 a4 3, 10.10 a1 5
