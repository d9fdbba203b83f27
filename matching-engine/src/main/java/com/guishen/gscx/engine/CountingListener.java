package com.guishen.gscx.engine;

/** Counts engine events, allocation-free, so a benchmark can check its work and the JIT cannot discard it. */
public final class CountingListener implements EngineListener
{
    public long events;
    public long fills;
    public long rejects;
    public long filledQuantity;

    /** Back to zero, for the next run. */
    public void reset()
    {
        events = 0;
        fills = 0;
        rejects = 0;
        filledQuantity = 0;
    }

    @Override
    public void onAccepted(final long engineSeq, final long timestamp, final long orderId, final int participant,
        final long clOrdIdHigh, final long clOrdIdLow, final int instrument, final Side side, final long price,
        final long quantity, final TimeInForce timeInForce)
    {
        events++;
    }

    @Override
    public void onRejected(final long engineSeq, final long timestamp, final int participant, final long clOrdIdHigh,
        final long clOrdIdLow, final RejectReason reason)
    {
        events++;
        rejects++;
    }

    @Override
    public void onFill(final long engineSeq, final long timestamp, final long tradeId, final int instrument,
        final long price, final long quantity, final long buyOrderId, final int buyer, final long buyClOrdIdHigh,
        final long buyClOrdIdLow, final long sellOrderId, final int seller, final long sellClOrdIdHigh,
        final long sellClOrdIdLow, final Side aggressor)
    {
        events++;
        fills++;
        filledQuantity += quantity;
    }

    @Override
    public void onCancelled(final long engineSeq, final long timestamp, final long orderId, final int participant,
        final long clOrdIdHigh, final long clOrdIdLow, final int instrument, final long leavesQuantity,
        final CancelReason reason)
    {
        events++;
    }

    @Override
    public void onReplaced(final long engineSeq, final long timestamp, final long orderId, final int participant,
        final long clOrdIdHigh, final long clOrdIdLow, final long origClOrdIdHigh, final long origClOrdIdLow,
        final int instrument, final long price, final long quantity, final long leavesQuantity)
    {
        events++;
    }
}
