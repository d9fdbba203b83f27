# Rule 3: MARKET orders behave as IOC (or FOK), price field ignored, never rest;
# MARKET with GTC or DAY -> INVALID_TIF.
# BAND has a 5% band around 100.00 -> [95.00, 105.00] inclusive; FREE has no band.
# (Every resting LIMIT order passed the same band check, so the book can hold nothing beyond
#  the band; a MARKET order on BAND sweeps the book up to the inclusive band edges.)
INSTRUMENT,BAND,0.01,1,1,5,100.00
INSTRUMENT,FREE,1,1,1,0,100
PARTICIPANT,MM,SZDE,BS,0,0,NONE
PARTICIPANT,TK,GYBDE,BS,0,0,NONE

# expect ACCEPTED seq1 oid1
NEW,1,MM,a1,BAND,S,LIMIT,GTC,100.00,2
# exactly at the upper band edge (inclusive) -> ACCEPTED seq2 oid2
NEW,2,MM,a2,BAND,S,LIMIT,GTC,105.00,3
# one tick beyond the band -> REJECTED seq3 PRICE_BAND
NEW,3,MM,a3,BAND,S,LIMIT,GTC,105.01,1
# MARKET buy 10 (IOC): 2@100.00, 3@105.00, book empty -> remaining 5 cancelled IOC.
# expect ACCEPTED seq4 oid3, FILL seq5 t1, FILL seq6 t2, CANCELLED seq7 leaves 5 IOC
NEW,4,TK,m1,BAND,B,MARKET,IOC,,10
# bids: 99.00 b2 1, 95.00 b1 4 (lower edge). expect ACCEPTED seq8 oid4, seq9 oid5
NEW,5,MM,b1,BAND,B,LIMIT,GTC,95.00,4
NEW,6,MM,b2,BAND,B,LIMIT,GTC,99.00,1
# MARKET sell 3 (price "0" ignored): 1@99.00 then 2@95.00, fully filled, no CANCELLED.
# expect ACCEPTED seq10 oid6, FILL seq11 t3, FILL seq12 t4; b1 leaves 2
NEW,7,TK,m2,BAND,S,MARKET,IOC,0,3
# -> REJECTED seq13 INVALID_TIF ; REJECTED seq14 INVALID_TIF
NEW,8,TK,m3,BAND,B,MARKET,GTC,,1
NEW,9,TK,m4,BAND,S,MARKET,DAY,,1
# FREE (no band): asks 100 f1 1, 1000 f2 1. expect ACCEPTED seq15 oid7, seq16 oid8
NEW,10,MM,f1,FREE,S,LIMIT,GTC,100,1
NEW,11,MM,f2,FREE,S,LIMIT,GTC,1000,1
# without a band the MARKET buy walks as far as the book goes.
# expect ACCEPTED seq17 oid9, FILL seq18 t5 100, FILL seq19 t6 1000, CANCELLED seq20 leaves 1 IOC
NEW,12,TK,m5,FREE,B,MARKET,IOC,,3
# no bids on FREE -> ACCEPTED seq21 oid10, CANCELLED seq22 leaves 2 IOC
NEW,13,TK,m6,FREE,S,MARKET,IOC,,2
# a numeric price on a MARKET order is ignored (interp. 12) -> ACCEPTED seq23 oid11, FILL seq24 t7 95.00 x1
NEW,14,TK,m7,BAND,S,MARKET,IOC,12345,1
# MARKET FOK with nothing to buy -> ACCEPTED seq25 oid12, CANCELLED seq26 leaves 1 FOK
NEW,15,TK,m8,BAND,B,MARKET,FOK,,1
# MARKET qty is still checked -> REJECTED seq27 INVALID_QTY
NEW,16,TK,m9,BAND,B,MARKET,IOC,,0
# Final book: BAND bid 95.00 b1 1
