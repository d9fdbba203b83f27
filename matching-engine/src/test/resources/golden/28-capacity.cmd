# Rule 12: provider capacity per instrument: resting sell leaves + sold qty + the new order's qty
# must not exceed capacity (equal is fine). Other instruments have their own count; a cancel or an
# IOC's cancelled rest frees capacity, sold quantity does not; MARKET sells count their qty.
INSTRUMENT,H100,1,1,1,0,100
INSTRUMENT,A100,1,1,1,0,100
PARTICIPANT,PROV,SZDE,S,0,10,NONE
PARTICIPANT,BUY,GYBDE,B,0,0,NONE

# 0 + 6 -> ACCEPTED seq1 oid1                                   (H100 use 6)
NEW,1,PROV,s1,H100,S,LIMIT,GTC,105,6
# 6 + 5 = 11 > 10 -> REJECTED seq2 CAPACITY_LIMIT
NEW,2,PROV,s2,H100,S,LIMIT,GTC,106,5
# 6 + 4 = 10 -> ACCEPTED seq3 oid2                              (H100 use 10)
NEW,3,PROV,s3,H100,S,LIMIT,GTC,106,4
# another instrument, its own count: 10 -> ACCEPTED seq4 oid3
NEW,4,PROV,s4,A100,S,LIMIT,GTC,105,10
# buyer takes 4 of s1: ACCEPTED seq5 oid4, FILL seq6 t1 105 x4.
# H100: resting 2 + 4 = 6, sold 4 -> use 10
NEW,5,BUY,b1,H100,B,LIMIT,GTC,105,4
# 10 + 1 -> REJECTED seq7 CAPACITY_LIMIT (sold qty still counts)
NEW,6,PROV,s5,H100,S,LIMIT,GTC,107,1
# -> CANCELLED seq8 s3 4 USER                                   (H100 use 6)
CANCEL,7,PROV,c1,s3
# MARKET sell counts its qty: 6 + 5 = 11 -> REJECTED seq9 CAPACITY_LIMIT
NEW,8,PROV,s6,H100,S,MARKET,IOC,,5
# 6 + 4 = 10 -> ACCEPTED seq10 oid5; no bid -> CANCELLED seq11 s7 4 IOC   (H100 use back to 6)
NEW,9,PROV,s7,H100,S,LIMIT,IOC,90,4
# 6 + 4 = 10 -> ACCEPTED seq12 oid6
NEW,10,PROV,s8,H100,S,LIMIT,GTC,108,4
# Final book: H100 asks 105 s1 2, 108 s8 4; A100 ask 105 s4 10
