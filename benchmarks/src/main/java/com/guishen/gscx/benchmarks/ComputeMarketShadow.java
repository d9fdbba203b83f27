package com.guishen.gscx.benchmarks;

import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * What the compute-market generator believes the matching engine holds: every order it
 * expects to be resting, each participant's credit and capacity exposure, and the outcome a
 * command will probably have. It follows COMMANDS.md closely (price-time priority,
 * self-trade prevention, FOK, replace priority, credit and capacity as the engine counts
 * them) so that the generator cancels and replaces orders that are really live and sends
 * orders its participants' limits allow; it does not need to be exact, and commands the
 * generator deliberately gets wrong never reach it.
 *
 * <p>Prices are in ticks of their listing; notionals in 1/10,000 CNY like the engine's.
 */
final class ComputeMarketShadow
{
    static final byte GTC = 0;
    static final byte DAY = 1;
    static final byte GTD = 2;
    static final byte IOC = 3;
    static final byte FOK = 4;

    static final int STP_NONE = 0;
    static final int STP_CANCEL_RESTING = 1;
    static final int STP_CANCEL_AGGRESSOR = 2;
    static final int STP_CANCEL_BOTH = 3;

    /** Predicted outcomes of a NEW or REPLACE. */
    static final int ACCEPT = 0;
    static final int HALTED = 1;
    static final int PRICE_BAND = 2;
    static final int CREDIT_LIMIT = 3;
    static final int CAPACITY_LIMIT = 4;
    static final int POST_ONLY_WOULD_CROSS = 5;
    /** A REPLACE whose new quantity does not exceed what has been filled: the engine cancels the order. */
    static final int DONE = 6;

    /** How many finished client order ids each account remembers, for cancels that race a fill. */
    private static final int RECENTLY_DONE = 8;

    private static final Comparator<Order> ASKS_FIRST = (a, b) -> a.price != b.price ?
        Long.compare(a.price, b.price) : Long.compare(a.priority, b.priority);
    private static final Comparator<Order> BIDS_FIRST = (a, b) -> a.price != b.price ?
        Long.compare(b.price, a.price) : Long.compare(a.priority, b.priority);

    private final Account[] accounts;
    private final PriorityQueue<Order> expiries = new PriorityQueue<>(Comparator.comparingLong(order -> order.expiry));
    private Order[] walk = new Order[64];
    private long nextPriority;
    private long fills;

    ComputeMarketShadow(final Account[] accounts)
    {
        this.accounts = accounts;
    }

    /** One instrument: its trading rules and its two books (unsorted; priority is in each order). */
    static final class Listing
    {
        final long tickUnits;
        final long lot;
        final int hours;
        final long lowTick;
        final long highTick;
        final int slot;
        final OrderList bids = new OrderList(true);
        final OrderList asks = new OrderList(true);
        boolean halted;

        Listing(final int slot, final long tickUnits, final long lot, final int hours, final long lowTick,
            final long highTick)
        {
            this.slot = slot;
            this.tickUnits = tickUnits;
            this.lot = lot;
            this.hours = hours;
            this.lowTick = lowTick;
            this.highTick = highTick;
        }

        /** The price moved inside the band. */
        long clamp(final long priceTicks)
        {
            return Math.max(lowTick, Math.min(highTick, priceTicks));
        }

        long notional(final long priceTicks, final long quantity)
        {
            return priceTicks * tickUnits * quantity * hours;
        }

        /** The best resting price on the side an order of {@code buy} would meet, or -1 if that side is empty. */
        long bestOpposite(final boolean buy)
        {
            return best(buy ? asks : bids, buy);
        }

        /** The best resting price on the order's own side, or -1 if that side is empty. */
        long bestSame(final boolean buy)
        {
            return best(buy ? bids : asks, !buy);
        }

        private static long best(final OrderList side, final boolean lowest)
        {
            long best = -1;
            for (int i = 0; i < side.size; i++)
            {
                final long price = side.orders[i].price;
                if (best < 0 || (lowest ? price < best : price > best))
                {
                    best = price;
                }
            }
            return best;
        }
    }

    /** A participant's limits, exposures and live orders as the engine counts them. */
    static final class Account
    {
        final int trader;
        final long creditLimit;
        final long capacity;
        final int selfTradePrevention;
        final long[] restingSell;
        final long[] sold;
        final OrderList live = new OrderList(false);
        long restingBuyNotional;
        long boughtNotional;
        private final long[] recentlyDone = new long[RECENTLY_DONE];
        private int recentlyDoneCount;
        private int recentlyDoneNext;

        Account(final int trader, final long creditLimit, final long capacity, final int selfTradePrevention,
            final int listings)
        {
            this.trader = trader;
            this.creditLimit = creditLimit;
            this.capacity = capacity;
            this.selfTradePrevention = selfTradePrevention;
            this.restingSell = new long[listings];
            this.sold = new long[listings];
        }

        /** Credit left before the limit, or {@link Long#MAX_VALUE} when there is no limit. */
        long creditLeft()
        {
            return creditLimit == 0 ? Long.MAX_VALUE : creditLimit - restingBuyNotional - boughtNotional;
        }

        /** Capacity left in a listing, or {@link Long#MAX_VALUE} when there is no limit. */
        long capacityLeft(final int slot)
        {
            return capacity == 0 ? Long.MAX_VALUE : capacity - restingSell[slot] - sold[slot];
        }

        /** A client order id (as {@link Order#clOrdId}) of an order that finished lately, or -1. */
        long recentlyDone(final int pick)
        {
            return recentlyDoneCount == 0 ? -1 : recentlyDone[pick % recentlyDoneCount];
        }

        void forgetRecentlyDone()
        {
            recentlyDoneCount = 0;
            recentlyDoneNext = 0;
        }

        private void remember(final long clOrdId)
        {
            recentlyDone[recentlyDoneNext] = clOrdId;
            recentlyDoneNext = (recentlyDoneNext + 1) % RECENTLY_DONE;
            recentlyDoneCount = Math.min(recentlyDoneCount + 1, RECENTLY_DONE);
        }
    }

    /** An order the generator sent; live while it is believed to rest. */
    static final class Order
    {
        final int trader;
        final Listing listing;
        final boolean buy;
        final byte timeInForce;
        final boolean postOnly;
        final long expiry;
        long price;
        long quantity;
        long filled;
        long priority;
        /** The current client order id, as the generator encodes it (see ComputeMarketStream). */
        long clOrdId;
        boolean live;
        int bookIndex = -1;
        int accountIndex = -1;

        Order(final int trader, final Listing listing, final boolean buy, final byte timeInForce,
            final boolean postOnly, final long expiry, final long price, final long quantity, final long clOrdId)
        {
            this.trader = trader;
            this.listing = listing;
            this.buy = buy;
            this.timeInForce = timeInForce;
            this.postOnly = postOnly;
            this.expiry = expiry;
            this.price = price;
            this.quantity = quantity;
            this.clOrdId = clOrdId;
        }

        long leaves()
        {
            return quantity - filled;
        }
    }

    /** An unordered set of orders with O(1) add and remove; each order remembers its index in one kind of list. */
    static final class OrderList
    {
        private final boolean book;
        Order[] orders = new Order[16];
        int size;

        OrderList(final boolean book)
        {
            this.book = book;
        }

        void add(final Order order)
        {
            if (size == orders.length)
            {
                orders = Arrays.copyOf(orders, size * 2);
            }
            setIndex(order, size);
            orders[size++] = order;
        }

        void remove(final Order order)
        {
            final int index = book ? order.bookIndex : order.accountIndex;
            final Order last = orders[--size];
            orders[index] = last;
            setIndex(last, index);
            orders[size] = null;
            setIndex(order, -1);
        }

        private void setIndex(final Order order, final int index)
        {
            if (book)
            {
                order.bookIndex = index;
            }
            else
            {
                order.accountIndex = index;
            }
        }
    }

    /** Trades the shadow has matched so far. */
    long fills()
    {
        return fills;
    }

    // ------------------------------------------------------------------ predictions

    /** What the engine will probably answer to a well-formed NEW; {@code price} is ignored for a MARKET order. */
    int checkNew(final Account account, final Listing listing, final boolean buy, final boolean market,
        final long price, final long quantity, final boolean postOnly)
    {
        if (listing.halted)
        {
            return HALTED;
        }
        if (!market && (price < listing.lowTick || price > listing.highTick))
        {
            return PRICE_BAND;
        }
        if (buy && listing.notional(market ? listing.highTick : price, quantity) > account.creditLeft())
        {
            return CREDIT_LIMIT;
        }
        if (!buy && quantity > account.capacityLeft(listing.slot))
        {
            return CAPACITY_LIMIT;
        }
        if (postOnly && wouldCross(listing, buy, price))
        {
            return POST_ONLY_WOULD_CROSS;
        }
        return ACCEPT;
    }

    /** What the engine will probably answer to a well-formed REPLACE of a live order. */
    int checkReplace(final Account account, final Order order, final long price, final long quantity)
    {
        final Listing listing = order.listing;
        final long newLeaves = quantity - order.filled;
        if (newLeaves <= 0)
        {
            return DONE;
        }
        if (listing.halted)
        {
            return HALTED;
        }
        if (price < listing.lowTick || price > listing.highTick)
        {
            return PRICE_BAND;
        }
        if (order.buy && listing.notional(price, newLeaves) - listing.notional(order.price, order.leaves()) >
            account.creditLeft())
        {
            return CREDIT_LIMIT;
        }
        if (!order.buy && newLeaves - order.leaves() > account.capacityLeft(listing.slot))
        {
            return CAPACITY_LIMIT;
        }
        if (order.postOnly && wouldCross(listing, order.buy, price))
        {
            return POST_ONLY_WOULD_CROSS;
        }
        return ACCEPT;
    }

    private static boolean wouldCross(final Listing listing, final boolean buy, final long price)
    {
        final long best = listing.bestOpposite(buy);
        return best >= 0 && (buy ? price >= best : price <= best);
    }

    // ------------------------------------------------------------------ commands the engine accepts

    /**
     * Enters an accepted NEW: FOK check, matching walk, then it rests if it is a resting limit
     * order with quantity left. {@code limit} is its price, or the band edge for a MARKET order.
     */
    void enter(final Order order, final long limit)
    {
        final Account account = accounts[order.trader];
        order.priority = ++nextPriority;
        if (order.timeInForce == FOK && fillable(order, account, limit) < order.quantity)
        {
            return;
        }
        final boolean cancelledBySelfTradePrevention = match(order, account, limit);
        if (cancelledBySelfTradePrevention || order.leaves() == 0 || order.timeInForce == IOC ||
            order.timeInForce == FOK)
        {
            return;
        }
        book(order);
        account.live.add(order);
        order.live = true;
        if (order.timeInForce == GTD)
        {
            expiries.add(order);
        }
    }

    /** A user cancel of a live order (also what a REPLACE to a quantity at or below the filled one does). */
    void cancel(final Order order)
    {
        retire(order);
    }

    /** Applies an accepted REPLACE (rule 8): same price and no larger quantity keeps priority, else it re-enters. */
    void replace(final Order order, final long price, final long quantity, final long clOrdId)
    {
        final Account account = accounts[order.trader];
        order.clOrdId = clOrdId;
        if (quantity - order.filled <= 0)
        {
            retire(order);
            return;
        }
        if (price == order.price && quantity <= order.quantity)
        {
            countExposure(order, -1);
            order.quantity = quantity;
            countExposure(order, 1);
            return;
        }
        unbook(order);
        order.price = price;
        order.quantity = quantity;
        order.priority = ++nextPriority;
        if (match(order, account, price) || order.leaves() == 0)
        {
            retire(order);
        }
        else
        {
            book(order);
        }
    }

    /** MASS_CANCEL: every live order of the account, in one listing or all ({@code listing} null). */
    void massCancel(final Account account, final Listing listing)
    {
        for (int i = account.live.size - 1; i >= 0; i--)
        {
            final Order order = account.live.orders[i];
            if (listing == null || order.listing == listing)
            {
                retire(order);
            }
        }
    }

    /** END_OF_DAY: every resting DAY order expires. */
    void endOfDay()
    {
        for (final Account account : accounts)
        {
            for (int i = account.live.size - 1; i >= 0; i--)
            {
                final Order order = account.live.orders[i];
                if (order.timeInForce == DAY)
                {
                    retire(order);
                }
            }
        }
    }

    /** Delivery has started: every order in the listing expires and the participants' capacity there is forgotten. */
    void close(final Listing listing)
    {
        for (final Account account : accounts)
        {
            for (int i = account.live.size - 1; i >= 0; i--)
            {
                if (account.live.orders[i].listing == listing)
                {
                    retire(account.live.orders[i]);
                }
            }
            account.restingSell[listing.slot] = 0;
            account.sold[listing.slot] = 0;
        }
    }

    /** Expires GTD orders whose expiry the clock has reached. */
    void advanceClock(final long now)
    {
        Order due = expiries.peek();
        while (due != null && due.expiry <= now)
        {
            expiries.poll();
            if (due.live)
            {
                retire(due);
            }
            due = expiries.peek();
        }
    }

    // ------------------------------------------------------------------ matching

    private static boolean reaches(final boolean aggressorBuys, final long restingPrice, final long limit)
    {
        return aggressorBuys ? restingPrice <= limit : restingPrice >= limit;
    }

    /** The opposite orders the aggressor can reach, in the order the engine's walk meets them. */
    private int collect(final Order aggressor, final long limit)
    {
        final OrderList opposite = aggressor.buy ? aggressor.listing.asks : aggressor.listing.bids;
        int count = 0;
        for (int i = 0; i < opposite.size; i++)
        {
            final Order resting = opposite.orders[i];
            if (reaches(aggressor.buy, resting.price, limit))
            {
                if (count == walk.length)
                {
                    walk = Arrays.copyOf(walk, count * 2);
                }
                walk[count++] = resting;
            }
        }
        Arrays.sort(walk, 0, count, aggressor.buy ? ASKS_FIRST : BIDS_FIRST);
        return count;
    }

    private long fillable(final Order order, final Account account, final long limit)
    {
        final int count = collect(order, limit);
        long fillable = 0;
        for (int i = 0; i < count && fillable < order.quantity; i++)
        {
            final Order resting = walk[i];
            if (resting.trader == order.trader && account.selfTradePrevention != STP_NONE)
            {
                if (account.selfTradePrevention == STP_CANCEL_RESTING)
                {
                    continue;
                }
                break;
            }
            fillable += resting.leaves();
        }
        Arrays.fill(walk, 0, count, null);
        return fillable;
    }

    /** The matching walk; true if self-trade prevention cancelled the aggressor. */
    private boolean match(final Order aggressor, final Account account, final long limit)
    {
        final int count = collect(aggressor, limit);
        final int stp = account.selfTradePrevention;
        boolean aggressorCancelled = false;
        for (int i = 0; i < count && aggressor.leaves() > 0; i++)
        {
            final Order resting = walk[i];
            if (resting.trader == aggressor.trader && stp != STP_NONE)
            {
                if (stp != STP_CANCEL_AGGRESSOR)
                {
                    retire(resting);
                }
                if (stp != STP_CANCEL_RESTING)
                {
                    aggressorCancelled = true;
                    break;
                }
                continue;
            }
            trade(aggressor, resting, Math.min(aggressor.leaves(), resting.leaves()));
        }
        Arrays.fill(walk, 0, count, null);
        return aggressorCancelled;
    }

    private void trade(final Order aggressor, final Order resting, final long quantity)
    {
        final Listing listing = resting.listing;
        final Account restingAccount = accounts[resting.trader];
        final Account aggressorAccount = accounts[aggressor.trader];
        final long notional = listing.notional(resting.price, quantity);
        resting.filled += quantity;
        aggressor.filled += quantity;
        if (resting.buy)
        {
            restingAccount.restingBuyNotional -= notional;
            restingAccount.boughtNotional += notional;
            aggressorAccount.sold[listing.slot] += quantity;
        }
        else
        {
            restingAccount.restingSell[listing.slot] -= quantity;
            restingAccount.sold[listing.slot] += quantity;
            aggressorAccount.boughtNotional += notional;
        }
        fills++;
        if (resting.leaves() == 0)
        {
            retire(resting);
        }
    }

    // ------------------------------------------------------------------ book keeping

    private void book(final Order order)
    {
        (order.buy ? order.listing.bids : order.listing.asks).add(order);
        countExposure(order, 1);
    }

    private void unbook(final Order order)
    {
        (order.buy ? order.listing.bids : order.listing.asks).remove(order);
        countExposure(order, -1);
    }

    /** Takes an order out of everything; a later cancel of its client order id would be UNKNOWN_ORDER. */
    private void retire(final Order order)
    {
        if (order.bookIndex >= 0)
        {
            unbook(order);
        }
        final Account account = accounts[order.trader];
        if (order.accountIndex >= 0)
        {
            account.live.remove(order);
        }
        order.live = false;
        account.remember(order.clOrdId);
    }

    private void countExposure(final Order order, final int sign)
    {
        final Account account = accounts[order.trader];
        if (order.buy)
        {
            account.restingBuyNotional += sign * order.listing.notional(order.price, order.leaves());
        }
        else
        {
            account.restingSell[order.listing.slot] += sign * order.leaves();
        }
    }
}
