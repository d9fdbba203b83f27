# Rule 2: validation order for NEW. Each reject line has TWO (or more) things wrong;
# only the first in the order symbol, participant, role, duplicate, tif, price, qty,
# halted, band, credit, capacity, post-only cross is reported.
# H100: tick 0.01, lot 5, band 10% of 100.00 -> [90.00, 110.00].
INSTRUMENT,H100,0.01,5,1,10,100.00
PARTICIPANT,BUYER,SZDE,B,1000,0,NONE
PARTICIPANT,SELLER,GYBDE,S,0,20,NONE

# unknown symbol AND unknown participant -> REJECTED seq1 UNKNOWN_SYMBOL (symbol first)
NEW,1,GHOST,g1,NOPE,B,LIMIT,GTC,100.00,5
# unknown participant, bad price, bad qty -> REJECTED seq2 UNKNOWN_PARTICIPANT
NEW,2,GHOST,g2,H100,S,LIMIT,GTC,100.001,3
# valid: credit 95.00*5 = 475 <= 1000 -> ACCEPTED seq3 oid1
NEW,3,BUYER,b1,H100,B,LIMIT,GTC,95.00,5
# wrong role AND duplicate clOrdId -> REJECTED seq4 NOT_AUTHORISED (role before duplicate)
NEW,4,BUYER,b1,H100,S,LIMIT,GTC,95.00,5
# duplicate AND MARKET with DAY -> REJECTED seq5 DUPLICATE_CLORDID
NEW,5,BUYER,b1,H100,B,MARKET,DAY,,5
# POST_ONLY with FOK AND bad price -> REJECTED seq6 INVALID_TIF
NEW,6,BUYER,b6,H100,B,LIMIT,FOK,95.001,5,POST_ONLY
# negative price AND qty not a lot multiple -> REJECTED seq7 INVALID_PRICE
NEW,7,BUYER,b7,H100,B,LIMIT,GTC,-95.00,3
# zero qty AND price outside the band -> REJECTED seq8 INVALID_QTY
NEW,8,BUYER,b8,H100,B,LIMIT,GTC,200.00,0
HALT,9,H100
# halted AND outside band AND over credit -> REJECTED seq9 INSTRUMENT_HALTED
NEW,10,BUYER,b10,H100,B,LIMIT,GTC,200.00,5
# bad qty while halted -> REJECTED seq10 INVALID_QTY (qty before halted)
NEW,11,BUYER,b11,H100,B,LIMIT,GTC,95.00,2
RESUME,12,H100
# outside band AND credit 475 + 120*50 = 6475 > 1000 -> REJECTED seq11 PRICE_BAND
NEW,13,BUYER,b13,H100,B,LIMIT,GTC,120.00,50
# capacity 25 > 20 AND post-only sell 95.00 <= best bid 95.00 -> REJECTED seq12 CAPACITY_LIMIT
NEW,14,SELLER,s1,H100,S,LIMIT,GTC,95.00,25,POST_ONLY
# valid, does not cross (96.00 > bid 95.00) -> ACCEPTED seq13 oid2
NEW,15,SELLER,s2,H100,S,LIMIT,GTC,96.00,10
# credit 475 + 96*10 = 1435 > 1000 AND post-only buy 96.00 >= ask 96.00 -> REJECTED seq14 CREDIT_LIMIT
NEW,16,BUYER,b16,H100,B,LIMIT,GTC,96.00,10,POST_ONLY
# credit 475 + 480 = 955 ok, but it crosses -> REJECTED seq15 POST_ONLY_WOULD_CROSS
NEW,17,BUYER,b17,H100,B,LIMIT,GTC,96.00,5,POST_ONLY
