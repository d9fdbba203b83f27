# Rule 11 with a fill on a 24-hour instrument: "filled notional" is price x qty x deliveryHours
# (notional as defined in shared/DESIGN.md section 2), at the trade price.
INSTRUMENT,DAY24,1,1,24,0,100
PARTICIPANT,BUY,SZDE,B,5000,0,NONE
PARTICIPANT,SELL,GYBDE,S,0,0,NONE

# ACCEPTED seq1 oid1
NEW,1,SELL,s1,DAY24,S,LIMIT,GTC,1,10
# 2 x 100 x 24 = 4800 <= 5000 -> ACCEPTED seq2 oid2, FILL seq3 t1 at 1 x10.
# Now: resting 2 x 90 x 24 = 4320 + filled 1 x 10 x 24 = 240 -> 4560
NEW,2,BUY,b1,DAY24,B,LIMIT,GTC,2,100
# 4560 + 1 x 18 x 24 = 432 -> 4992 -> ACCEPTED seq4 oid3
NEW,3,BUY,b2,DAY24,B,LIMIT,GTC,1,18
# 4992 + 1 x 1 x 24 = 5016 > 5000 -> REJECTED seq5 CREDIT_LIMIT
# (it would pass if the filled notional left out the 24 hours: 4320 + 10 + 432 + 24 = 4786)
NEW,4,BUY,b3,DAY24,B,LIMIT,GTC,1,1
# Final book: bids 2 b1 90, 1 b2 18
