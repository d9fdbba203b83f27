# Rule 1: an aggressor sweeping several price levels, each fill at that level's price;
# the unfilled rest of a GTC aggressor rests; partial fills of resting orders keep their leaves.
INSTRUMENT,H100,0.01,1,1,0,10.00
PARTICIPANT,S1,SZDE,S,0,0,NONE
PARTICIPANT,S2,GYBDE,S,0,0,NONE
PARTICIPANT,B1,SZDE,B,0,0,NONE
PARTICIPANT,B2,GYBDE,B,0,0,NONE

# Ask ladder: 10.00 a1 2 | 10.01 a2 3 | 10.02 a3 4 | 10.03 a4 5  (orderIds 1..4, seq 1..4)
NEW,1,S1,a1,H100,S,LIMIT,GTC,10.00,2
NEW,2,S2,a2,H100,S,LIMIT,GTC,10.01,3
NEW,3,S1,a3,H100,S,LIMIT,GTC,10.02,4
NEW,4,S2,a4,H100,S,LIMIT,GTC,10.03,5
# Buy 12 up to 10.02: fills 2@10.00, 3@10.01, 4@10.02 (trades 1..3), stops before 10.03,
# the remaining 3 rests as a bid at 10.02.
# expect ACCEPTED seq5 oid5, FILL seq6,7,8
NEW,5,B1,b1,H100,B,LIMIT,GTC,10.02,12
# Buy 2 up to 10.05: partial fill of a4 (5 -> leaves 3) at 10.03.
# expect ACCEPTED seq9 oid6, FILL seq10 t4
NEW,6,B2,b2,H100,B,LIMIT,GTC,10.05,2
# Sell 4 down to 10.00: hits b1's resting 3 at 10.02 (aggressor S), the last 1 rests at 10.00.
# expect ACCEPTED seq11 oid7, FILL seq12 t5 10.02 x3
NEW,7,S1,a5,H100,S,LIMIT,GTC,10.00,4
# Final book: asks 10.00 a5 1, 10.03 a4 3; no bids
