package com.guishen.gscx.engine;

/** A free list of {@link Order}s so the steady state allocates none. */
final class OrderPool
{
    private Order[] free;
    private int size;

    OrderPool(final int initialOrders)
    {
        free = new Order[Math.max(16, initialOrders)];
        for (int i = 0; i < initialOrders; i++)
        {
            free[size++] = new Order();
        }
    }

    Order acquire()
    {
        return size == 0 ? new Order() : free[--size];
    }

    void release(final Order order)
    {
        order.reset();
        if (size == free.length)
        {
            free = java.util.Arrays.copyOf(free, size * 2);
        }
        free[size++] = order;
    }
}
