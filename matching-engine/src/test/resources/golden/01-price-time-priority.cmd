# Rule 1: price-time priority; a trade prints at the RESTING order's price.
# No band (priceBandPct 0), tick 0.01 -> prices print with 2 decimals.
INSTRUMENT,H100,0.01,1,1,0,10.00
PARTICIPANT,S1,SZDE,S,0,0,NONE
PARTICIPANT,S2,GYBDE,S,0,0,NONE
PARTICIPANT,B1,SZDE,B,0,0,NONE
PARTICIPANT,B2,SZDE,B,0,0,NONE

# Asks after the first three lines: 10.00 [s2 5, s3 5], 10.05 [s1 5]
# expect ACCEPTED seq1 orderId1
NEW,1,S1,s1,H100,S,LIMIT,GTC,10.05,5
# expect ACCEPTED seq2 orderId2 (better price than s1 although later)
NEW,2,S2,s2,H100,S,LIMIT,GTC,10.00,5
# expect ACCEPTED seq3 orderId3 (same price as s2, behind it in time)
NEW,3,S1,s3,H100,S,LIMIT,GTC,10.00,5
# Buy limit 10.10 for 3: trades with the best ask, first in time = s2, at 10.00 (not 10.10).
# expect ACCEPTED seq4 oid4, FILL seq5 trade1 10.00 x3 vs s2, aggressor B; s2 leaves 2
NEW,4,B1,b1,H100,B,LIMIT,GTC,10.10,3
# Buy 4 at 10.00: s2's remaining 2 first, then 2 from s3 (next in time at 10.00); s1 at 10.05 untouched.
# expect ACCEPTED seq6 oid5, FILL seq7 t2 2 vs s2, FILL seq8 t3 2 vs s3; s3 leaves 3
NEW,5,B2,b2,H100,B,LIMIT,GTC,10.00,4
# expect ACCEPTED seq9 oid6, rests as the only bid at 9.99
NEW,6,B1,b3,H100,B,LIMIT,GTC,9.99,2
# A sell at 9.90 trades at the resting bid's price 9.99, aggressor S.
# expect ACCEPTED seq10 oid7, FILL seq11 t4 9.99 x1 vs b3 (aggressor S); b3 leaves 1
NEW,7,S2,s4,H100,S,LIMIT,GTC,9.90,1
# Final book: bid 9.99 b3 1; asks 10.00 s3 3, 10.05 s1 5
