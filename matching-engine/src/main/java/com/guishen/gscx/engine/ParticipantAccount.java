package com.guishen.gscx.engine;

import com.guishen.gscx.events.FixedPoint;

/**
 * A participant's roles, limits and the exposures that pre-trade risk checks: the notional of
 * its resting buys plus what it has bought (credit), and per instrument its resting sell
 * quantity plus what it has sold (capacity). It also heads its live orders in orderId order.
 * The credit exposure is kept whatever the limit, so an operator can set a limit on a buyer that
 * had none; {@link #blocked} is the operator's kill switch.
 */
final class ParticipantAccount
{
    final int id;
    final ParticipantSpec spec;
    /** CNY, 0 = unlimited: the spec's until an operator changes it. */
    long creditLimit;
    /**
     * True once an operator has changed the limit: exposure may then be above it (a lowered limit
     * leaves resting orders and what was bought alone), so the invariant exposure <= limit no longer holds.
     */
    boolean creditLimitChanged;
    /** The operator's kill switch: new orders and replaces are rejected while it is set. */
    boolean blocked;
    final SelfTradePrevention selfTradePrevention;
    /** Units this provider may sell per instrument; {@link #UNLIMITED} when it has no limit there. */
    long[] capacity;

    long restingBuyNotional;
    long boughtNotional;
    long[] restingSellQuantity;
    long[] soldQuantity;

    Order firstLiveOrder;
    Order lastLiveOrder;

    ParticipantAccount(final int id, final ParticipantSpec spec, final int instrumentCapacity)
    {
        this.id = id;
        this.spec = spec;
        this.creditLimit = spec.creditLimit();
        this.selfTradePrevention = spec.selfTradePrevention();
        this.restingSellQuantity = new long[instrumentCapacity];
        this.soldQuantity = new long[instrumentCapacity];
        this.capacity = new long[instrumentCapacity];
        java.util.Arrays.fill(capacity, defaultCapacity());
    }

    static final long UNLIMITED = -1;

    /** The capacity of an instrument without a capacity of its own: the spec's, where 0 means unlimited. */
    long defaultCapacity()
    {
        return spec.capacity() == 0 ? UNLIMITED : spec.capacity();
    }

    boolean mayTrade(final Side side)
    {
        return side == Side.BUY ? spec.buyer() : spec.provider();
    }

    /** True if adding {@code notional} to this buyer's exposure stays within its credit limit. */
    boolean hasCreditFor(final long notional)
    {
        return creditLimit == 0 ||
            FixedPoint.saturatedAdd(FixedPoint.saturatedAdd(restingBuyNotional, boughtNotional), notional) <= creditLimit;
    }

    /** True if adding {@code quantity} to this provider's exposure in the instrument stays within its capacity. */
    boolean hasCapacityFor(final int instrument, final long quantity)
    {
        final long limit = capacity[instrument];
        return limit == UNLIMITED || restingSellQuantity[instrument] + soldQuantity[instrument] + quantity <= limit;
    }

    void ensureInstrumentCapacity(final int instruments)
    {
        if (instruments > restingSellQuantity.length)
        {
            final int length = Math.max(instruments, restingSellQuantity.length * 2);
            final int old = capacity.length;
            restingSellQuantity = java.util.Arrays.copyOf(restingSellQuantity, length);
            soldQuantity = java.util.Arrays.copyOf(soldQuantity, length);
            capacity = java.util.Arrays.copyOf(capacity, length);
            java.util.Arrays.fill(capacity, old, length, defaultCapacity());
        }
    }

    void linkLiveOrder(final Order order)
    {
        order.participantNext = null;
        order.participantPrevious = lastLiveOrder;
        if (lastLiveOrder == null)
        {
            firstLiveOrder = order;
        }
        else
        {
            lastLiveOrder.participantNext = order;
        }
        lastLiveOrder = order;
    }

    void unlinkLiveOrder(final Order order)
    {
        if (order.participantPrevious == null)
        {
            firstLiveOrder = order.participantNext;
        }
        else
        {
            order.participantPrevious.participantNext = order.participantNext;
        }
        if (order.participantNext == null)
        {
            lastLiveOrder = order.participantPrevious;
        }
        else
        {
            order.participantNext.participantPrevious = order.participantPrevious;
        }
        order.participantPrevious = null;
        order.participantNext = null;
    }
}
