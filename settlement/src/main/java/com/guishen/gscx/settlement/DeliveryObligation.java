package com.guishen.gscx.settlement;

import com.guishen.gscx.config.ExchangeId;

import java.util.ArrayList;
import java.util.List;

/**
 * What one fill obliges its provider to deliver, and how far it got: created from the fill,
 * confirmed in parts, decided once. Owned by the {@link Settlement} that made it (single writer).
 * Unit-hours are fixed-point (4 decimals) like money, so that a scheduler may confirm part of an hour.
 */
public final class DeliveryObligation
{
    private final long tradeId;
    private final InputSource fill;
    private final String symbol;
    private final String buyer;
    private final ExchangeId buyerExchange;
    private final String provider;
    private final ExchangeId providerExchange;
    private final long units;
    private final int deliveryHours;
    private final long notional;
    private final DeliveryWindow window;
    private final long deadline;
    private final long obligatedUnitHours;
    private final List<String> evidence = new ArrayList<>();
    private long deliveredUnitHours;
    private ObligationState state = ObligationState.PENDING;
    private long decidedAt = -1;
    private long released;
    private long refunded;
    private long penalty;

    DeliveryObligation(final long tradeId, final InputSource fill, final String symbol, final String buyer,
        final ExchangeId buyerExchange, final String provider, final ExchangeId providerExchange, final long units,
        final int deliveryHours, final long notional, final DeliveryWindow window, final long deadline)
    {
        this.tradeId = tradeId;
        this.fill = fill;
        this.symbol = symbol;
        this.buyer = buyer;
        this.buyerExchange = buyerExchange;
        this.provider = provider;
        this.providerExchange = providerExchange;
        this.units = units;
        this.deliveryHours = deliveryHours;
        this.notional = notional;
        this.window = window;
        this.deadline = deadline;
        this.obligatedUnitHours = Math.multiplyExact(Math.multiplyExact(units, deliveryHours),
            com.guishen.gscx.events.FixedPoint.ONE);
    }

    /** {@code DO-<tradeId>}: one obligation per fill. */
    public static String obligationId(final long tradeId)
    {
        return "DO-" + tradeId;
    }

    public String obligationId()
    {
        return obligationId(tradeId);
    }

    void confirm(final long unitHours, final List<String> moreEvidence)
    {
        deliveredUnitHours += unitHours;
        evidence.addAll(moreEvidence);
    }

    void decide(final ObligationState outcome, final long time, final long released, final long refunded,
        final long penalty)
    {
        this.state = outcome;
        this.decidedAt = time;
        this.released = released;
        this.refunded = refunded;
        this.penalty = penalty;
    }

    public long tradeId()
    {
        return tradeId;
    }

    /** The {@code gscx.fills} record it came from. */
    public InputSource fill()
    {
        return fill;
    }

    public String symbol()
    {
        return symbol;
    }

    public String buyer()
    {
        return buyer;
    }

    public ExchangeId buyerExchange()
    {
        return buyerExchange;
    }

    public String provider()
    {
        return provider;
    }

    public ExchangeId providerExchange()
    {
        return providerExchange;
    }

    /** Whether buyer and provider belong to different exchanges: money then moves through both clearing accounts. */
    public boolean crossExchange()
    {
        return buyerExchange != providerExchange;
    }

    public long units()
    {
        return units;
    }

    public int deliveryHours()
    {
        return deliveryHours;
    }

    /** Fixed-point CNY held in the buyer's escrow for it. */
    public long notional()
    {
        return notional;
    }

    public DeliveryWindow window()
    {
        return window;
    }

    /** The window's end plus the confirmation grace: decided when the clock passes it. */
    public long deadline()
    {
        return deadline;
    }

    /** Fixed-point unit-hours: units x deliveryHours. */
    public long obligatedUnitHours()
    {
        return obligatedUnitHours;
    }

    /** Fixed-point unit-hours confirmed so far. */
    public long deliveredUnitHours()
    {
        return deliveredUnitHours;
    }

    public List<String> evidence()
    {
        return List.copyOf(evidence);
    }

    public ObligationState state()
    {
        return state;
    }

    /** When it was decided (epoch ns), -1 while PENDING. */
    public long decidedAt()
    {
        return decidedAt;
    }

    public long released()
    {
        return released;
    }

    public long refunded()
    {
        return refunded;
    }

    public long penalty()
    {
        return penalty;
    }
}
