package com.guishen.gscx.engine;

/** The orders resting at one price on one side, in time priority; linked to the next better and worse levels. */
final class PriceLevel
{
    long price;
    Order head;
    Order tail;
    PriceLevel better;
    PriceLevel worse;
    /** Its slot on the side's price ladder, or -1 when off it. */
    int slot;

    void append(final Order order)
    {
        order.level = this;
        order.levelNext = null;
        order.levelPrevious = tail;
        if (tail == null)
        {
            head = order;
        }
        else
        {
            tail.levelNext = order;
        }
        tail = order;
    }

    void remove(final Order order)
    {
        if (order.levelPrevious == null)
        {
            head = order.levelNext;
        }
        else
        {
            order.levelPrevious.levelNext = order.levelNext;
        }
        if (order.levelNext == null)
        {
            tail = order.levelPrevious;
        }
        else
        {
            order.levelNext.levelPrevious = order.levelPrevious;
        }
        order.level = null;
        order.levelPrevious = null;
        order.levelNext = null;
    }

    boolean isEmpty()
    {
        return head == null;
    }
}
