package com.guishen.gscx.engine;

/** Sees the resting orders of a book, bids best first then asks best first, each level in time priority. */
@FunctionalInterface
public interface RestingOrderVisitor
{
    void onRestingOrder(long orderId, int participant, long clOrdIdHigh, long clOrdIdLow, Side side, long price,
        long leavesQuantity);
}
