package com.guishen.gscx.engine;

/**
 * Receives every engine event, in order, on the engine thread. Every event carries its
 * gap-free {@code engineSeq}; participants and instruments are the engine's indices, client
 * order ids are packed (see {@link com.guishen.gscx.events.ClOrdId}), prices and amounts are
 * fixed-point ({@link com.guishen.gscx.events.FixedPoint}). A participant index of -1 means the
 * command named a participant the engine does not know.
 */
public interface EngineListener
{
    void onAccepted(long engineSeq, long timestamp, long orderId, int participant, long clOrdIdHigh, long clOrdIdLow,
        int instrument, Side side, long price, long quantity, TimeInForce timeInForce);

    void onRejected(long engineSeq, long timestamp, int participant, long clOrdIdHigh, long clOrdIdLow,
        RejectReason reason);

    void onFill(long engineSeq, long timestamp, long tradeId, int instrument, long price, long quantity,
        long buyOrderId, int buyer, long buyClOrdIdHigh, long buyClOrdIdLow,
        long sellOrderId, int seller, long sellClOrdIdHigh, long sellClOrdIdLow, Side aggressor);

    void onCancelled(long engineSeq, long timestamp, long orderId, int participant, long clOrdIdHigh,
        long clOrdIdLow, int instrument, long leavesQuantity, CancelReason reason);

    void onReplaced(long engineSeq, long timestamp, long orderId, int participant, long clOrdIdHigh,
        long clOrdIdLow, long origClOrdIdHigh, long origClOrdIdLow, int instrument, long price, long quantity,
        long leavesQuantity);
}
