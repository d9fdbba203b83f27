package com.guishen.gscx.engine;

import com.guishen.gscx.events.FixedPoint;

import java.math.BigInteger;

/** A listed instrument's trading state and its order book. */
final class Instrument
{
    final int id;
    final InstrumentSpec spec;
    final long tickSize;
    final long lotSize;
    final long deliveryHours;
    final long deliveryStart;
    final boolean banded;
    /** Lowest price the band allows (inclusive); meaningful only when {@link #banded}. */
    final long bandLow;
    /** Highest price the band allows (inclusive); meaningful only when {@link #banded}. */
    final long bandHigh;
    final BookSide bids;
    final BookSide asks;
    InstrumentState state = InstrumentState.OPEN;

    Instrument(final int id, final InstrumentSpec spec)
    {
        this.id = id;
        this.spec = spec;
        this.tickSize = spec.tickSize();
        this.lotSize = spec.lotSize();
        this.deliveryHours = spec.deliveryHours();
        this.deliveryStart = spec.deliveryStart();
        this.banded = spec.priceBandPct() > 0;
        this.bids = new BookSide(Side.BUY, tickSize);
        this.asks = new BookSide(Side.SELL, tickSize);
        // Exact bounds: a fixed-point price p is within ref × (1 ± pct/100) iff
        // ceil(ref × (100 - pct) / 100) <= p <= floor(ref × (100 + pct) / 100).
        final BigInteger reference = BigInteger.valueOf(spec.referencePrice());
        final BigInteger hundred = BigInteger.valueOf(100 * FixedPoint.ONE);
        final BigInteger pct = BigInteger.valueOf(spec.priceBandPct());
        final BigInteger[] high = reference.multiply(hundred.add(pct)).divideAndRemainder(hundred);
        final BigInteger[] low = reference.multiply(hundred.subtract(pct)).divideAndRemainder(hundred);
        this.bandHigh = high[0].longValueExact();
        this.bandLow = low[0].longValueExact() + (low[1].signum() > 0 ? 1 : 0);
    }

    BookSide side(final Side side)
    {
        return side == Side.BUY ? bids : asks;
    }

    BookSide opposite(final Side side)
    {
        return side == Side.BUY ? asks : bids;
    }

    boolean isWithinBand(final long price)
    {
        return !banded || (price >= bandLow && price <= bandHigh);
    }

    boolean isValidPrice(final long price)
    {
        return price > 0 && price % tickSize == 0;
    }

    boolean isValidQuantity(final long quantity)
    {
        return quantity > 0 && quantity % lotSize == 0;
    }
}
