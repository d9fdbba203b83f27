# Rule 3: IOC fills what it can now and cancels the rest (CANCELLED ... IOC); it never rests.
# ACCEPTED comes first (it gets an orderId), then FILLs, then the CANCELLED (rules file, interp. 3).
INSTRUMENT,H100,0.01,1,1,0,10.00
PARTICIPANT,S1,SZDE,S,0,0,NONE
PARTICIPANT,B1,GYBDE,B,0,0,NONE

# asks: 10.00 s1 3, 10.10 s2 4. expect ACCEPTED seq1 oid1, seq2 oid2
NEW,1,S1,s1,H100,S,LIMIT,GTC,10.00,3
NEW,2,S1,s2,H100,S,LIMIT,GTC,10.10,4
# IOC buy 5 up to 10.05: fills 3 at 10.00, the other 2 are cancelled (not resting).
# expect ACCEPTED seq3 oid3, FILL seq4 t1, CANCELLED seq5 leaves 2 IOC
NEW,3,B1,b1,H100,B,LIMIT,IOC,10.05,5
# nothing within 10.05 -> expect ACCEPTED seq6 oid4, CANCELLED seq7 leaves 2 IOC (no fill)
NEW,4,B1,b2,H100,B,LIMIT,IOC,10.05,2
# fully filled IOC: no CANCELLED line. expect ACCEPTED seq8 oid5, FILL seq9 t2 10.10 x4
NEW,5,B1,b3,H100,B,LIMIT,IOC,10.10,4
# expect ACCEPTED seq10 oid6 (rests)
NEW,6,B1,b4,H100,B,LIMIT,GTC,9.90,5
# sell IOC 8 down to 9.80: fills 5 at 9.90, cancels 3.
# expect ACCEPTED seq11 oid7, FILL seq12 t3 aggressor S, CANCELLED seq13 leaves 3 IOC
NEW,7,S1,s3,H100,S,LIMIT,IOC,9.80,8
# Final book: empty
