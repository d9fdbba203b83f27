# Price printing: exactly as many decimals as the tickSize string as written
# (tick 1 -> 0, 0.01 -> 2, 0.05 -> 2, 0.5 -> 1, 0.50 -> 2), whatever the input string looks like;
# prices that are not a multiple of the tick are INVALID_PRICE; digits beyond the 4th decimal
# are fine when zero and INVALID_PRICE when not (rules file, interpretation 4).
INSTRUMENT,T1,1,1,1,0,100
INSTRUMENT,C01,0.01,1,1,0,10
INSTRUMENT,C05,0.05,1,1,0,10
INSTRUMENT,H5,0.5,1,1,0,100
INSTRUMENT,H50,0.50,1,1,0,100
PARTICIPANT,BUY1,SZDE,B,0,0,NONE
PARTICIPANT,SEL1,GYBDE,S,0,0,NONE

# tick 1. expect ACCEPTED seq1 oid1
NEW,1,SEL1,s1,T1,S,LIMIT,GTC,100,5
# expect ACCEPTED seq2 oid2, FILL seq3 t1 at "100" (0 decimals)
NEW,2,BUY1,b1,T1,B,LIMIT,GTC,101,2
# "99.0" is a multiple of tick 1 and prints as "99". expect ACCEPTED seq4 oid3
NEW,3,BUY1,b2,T1,B,LIMIT,GTC,99.0,1
# tick 0.01: "10.5" prints "10.50". expect ACCEPTED seq5 oid4
NEW,4,SEL1,s2,C01,S,LIMIT,GTC,10.5,3
# expect ACCEPTED seq6 oid5, FILL seq7 t2 10.50 x1
NEW,5,BUY1,b3,C01,B,LIMIT,GTC,10.50,1
# expect ACCEPTED seq8 oid6
NEW,6,BUY1,b4,C01,B,LIMIT,GTC,9.99,1
# 9.995 is not a multiple of 0.01 -> REJECTED seq9 INVALID_PRICE
NEW,7,BUY1,b5,C01,B,LIMIT,GTC,9.995,1
# tick 0.05. expect ACCEPTED seq10 oid7
NEW,8,SEL1,s3,C05,S,LIMIT,GTC,10.05,2
# 10.07 not a multiple of 0.05 -> REJECTED seq11 INVALID_PRICE
NEW,9,SEL1,s4,C05,S,LIMIT,GTC,10.07,2
# "10.1" ok; trades at the resting 10.05. expect ACCEPTED seq12 oid8, FILL seq13 t3 10.05 x1
NEW,10,BUY1,b6,C05,B,LIMIT,GTC,10.1,1
# "9.9" prints "9.90". expect ACCEPTED seq14 oid9
NEW,11,BUY1,b7,C05,B,LIMIT,GTC,9.9,1
# tick 0.5 -> 1 decimal. expect ACCEPTED seq15 oid10
NEW,12,SEL1,s5,H5,S,LIMIT,GTC,100.5,2
# "100" prints "100.0". expect ACCEPTED seq16 oid11
NEW,13,BUY1,b8,H5,B,LIMIT,GTC,100,1
# 100.25 not a multiple of 0.5 -> REJECTED seq17 INVALID_PRICE
NEW,14,BUY1,b9,H5,B,LIMIT,GTC,100.25,1
# expect ACCEPTED seq18 oid12, FILL seq19 t4 at "100.5"
NEW,15,BUY1,b10,H5,B,LIMIT,GTC,101,1
# tick written "0.50" -> 2 decimals. expect ACCEPTED seq20 oid13 ("101.00")
NEW,16,SEL1,s6,H50,S,LIMIT,GTC,101,1
# expect ACCEPTED seq21 oid14 ("99.50")
NEW,17,BUY1,b11,H50,B,LIMIT,GTC,99.5,2
# zeros beyond the 4th decimal are harmless: 9.98. expect ACCEPTED seq22 oid15
NEW,18,BUY1,b12,C01,B,LIMIT,GTC,9.98000,1
# a non-zero 5th decimal -> REJECTED seq23 INVALID_PRICE
NEW,19,BUY1,b13,C01,B,LIMIT,GTC,9.97001,1
