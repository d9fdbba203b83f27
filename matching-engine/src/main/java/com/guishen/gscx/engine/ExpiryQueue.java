package com.guishen.gscx.engine;

/** GTD orders in expiry order (then orderId order): a binary min-heap that allows removal. */
final class ExpiryQueue
{
    private Order[] heap = new Order[64];
    private int size;

    boolean isEmpty()
    {
        return size == 0;
    }

    Order peek()
    {
        return size == 0 ? null : heap[0];
    }

    void add(final Order order)
    {
        if (size == heap.length)
        {
            heap = java.util.Arrays.copyOf(heap, size * 2);
        }
        heap[size] = order;
        order.expiryIndex = size;
        siftUp(size++);
    }

    void remove(final Order order)
    {
        final int index = order.expiryIndex;
        order.expiryIndex = -1;
        final Order last = heap[--size];
        heap[size] = null;
        if (index < size)
        {
            heap[index] = last;
            last.expiryIndex = index;
            siftDown(index);
            siftUp(last.expiryIndex);
        }
    }

    private void siftUp(final int start)
    {
        int index = start;
        final Order order = heap[index];
        while (index > 0)
        {
            final int parent = (index - 1) >>> 1;
            if (!before(order, heap[parent]))
            {
                break;
            }
            place(heap[parent], index);
            index = parent;
        }
        place(order, index);
    }

    private void siftDown(final int start)
    {
        int index = start;
        final Order order = heap[index];
        while (true)
        {
            int child = 2 * index + 1;
            if (child >= size)
            {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child]))
            {
                child++;
            }
            if (!before(heap[child], order))
            {
                break;
            }
            place(heap[child], index);
            index = child;
        }
        place(order, index);
    }

    private void place(final Order order, final int index)
    {
        heap[index] = order;
        order.expiryIndex = index;
    }

    private static boolean before(final Order a, final Order b)
    {
        return a.expiry < b.expiry || (a.expiry == b.expiry && a.orderId < b.orderId);
    }
}
