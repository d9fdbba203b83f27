# Extension GTD: NEW,...,LIMIT,GTD,<price>,<qty>[,POST_ONLY],EXPIRE=<ts>.
# GTD without EXPIRE, EXPIRE without GTD, GTD with MARKET, or expiry <= current clock -> INVALID_TIF.
# Before each command: clock = max(clock, ts); then GTD orders with expiry <= clock are cancelled
# (CANCELLED ... EXPIRED) in expiry order, then orderId order - BEFORE the command's own events,
# whatever the command is. The clock never goes backwards.
INSTRUMENT,H100,1,1,1,0,100
PARTICIPANT,P1,SZDE,BS,0,0,NONE
PARTICIPANT,P2,GYBDE,BS,0,0,NONE

# ACCEPTED seq1 oid1 (expires at 10)
NEW,1,P1,g1,H100,B,LIMIT,GTD,95,1,EXPIRE=10
# ACCEPTED seq2 oid2 (expires at 6)
NEW,2,P1,g2,H100,B,LIMIT,GTD,96,2,EXPIRE=6
# GTD goes with POST_ONLY -> ACCEPTED seq3 oid3 (expires at 5)
NEW,3,P1,g3,H100,B,LIMIT,GTD,97,3,POST_ONLY,EXPIRE=5
# GTD without EXPIRE -> REJECTED seq4 INVALID_TIF
NEW,4,P1,g4,H100,B,LIMIT,GTD,94,1
# EXPIRE without GTD -> REJECTED seq5 INVALID_TIF
NEW,4,P1,g5,H100,B,LIMIT,GTC,94,1,EXPIRE=20
# GTD with MARKET -> REJECTED seq6 INVALID_TIF
NEW,4,P1,g6,H100,B,MARKET,GTD,,1,EXPIRE=20
# expiry 4 <= clock 4 -> REJECTED seq7 INVALID_TIF
NEW,4,P1,g7,H100,B,LIMIT,GTD,94,1,EXPIRE=4
# clock 5: g3 expires first (CANCELLED seq8 g3 3 EXPIRED); then the sell trades with the best
# remaining bid g2 96: ACCEPTED seq9 oid4, FILL seq10 t1 96 x1; g2 leaves 1
NEW,5,P2,s1,H100,S,LIMIT,IOC,96,1
# clock 7: g2 expired at 6 -> CANCELLED seq11 g2 1 EXPIRED; ACCEPTED seq12 oid5
NEW,7,P2,s2,H100,S,LIMIT,GTC,110,1
# ACCEPTED seq13 oid6 (expires 10); ACCEPTED seq14 oid7 (expires 9)
NEW,8,P2,s3,H100,S,LIMIT,GTD,111,1,EXPIRE=10
NEW,8,P1,g8,H100,B,LIMIT,GTD,93,1,EXPIRE=9
# clock 20; by expiry then orderId: g8 (9), g1 (10, oid1), s3 (10, oid6) -> CANCELLED seq15..17
# EXPIRED; the mass cancel itself (unknown participant) emits nothing
MASS_CANCEL,20,GHOST,*
# ts 12 < clock 20: the clock stays 20, expiry 15 <= 20 -> REJECTED seq18 INVALID_TIF
NEW,12,P2,s6,H100,S,LIMIT,GTD,113,1,EXPIRE=15
# expiry 21 > 20 -> ACCEPTED seq19 oid8
NEW,13,P2,s7,H100,S,LIMIT,GTD,113,1,EXPIRE=21
# clock 21: CANCELLED seq20 s7 1 EXPIRED, then ACCEPTED seq21 oid9
NEW,21,P1,b9,H100,B,LIMIT,GTC,90,1
# Final book: bid 90 b9 1; ask 110 s2 1
