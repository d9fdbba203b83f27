package com.guishen.gscx.engine;

import com.guishen.gscx.events.FixedPoint;

import java.util.HashMap;
import java.util.Map;

/**
 * The matching core: order books, price-time matching, pre-trade risk, self-trade prevention,
 * halts, expiries and closes, operators' kill switches and credit limits, as specified by the
 * command-file rulebook and docs/command-file-rules.md. A pure function of
 * the commands it is given: its only clock is their timestamps, it does no I/O, and it
 * allocates nothing per command once its pools are warm. Single-threaded: one thread owns it.
 * Events go to the {@link EngineListener} in order, each with a gap-free engineSeq.
 */
public final class MatchingEngine implements EngineCommands
{
    /** Instrument argument meaning "every instrument" for {@link #massCancel}. */
    public static final int ALL_INSTRUMENTS = -1;
    /** Instrument or participant argument for a name the caller could not resolve. */
    public static final int UNKNOWN = -2;
    /** Expiry argument meaning "none" (any order that is not GTD). */
    public static final long NO_EXPIRY = 0;

    private final EngineListener listener;
    private final OrderPool orderPool;
    private final ClOrdIdTable clOrdIds;
    private final LiveOrderTable liveOrders;
    private final ExpiryQueue expiries = new ExpiryQueue();
    private final Map<String, Integer> listedSymbols = new HashMap<>();
    private final Map<String, Integer> admittedParticipants = new HashMap<>();

    private Instrument[] instruments = new Instrument[16];
    private int instrumentCount;
    private ParticipantAccount[] participants = new ParticipantAccount[16];
    private int participantCount;

    /** Every resting order, in orderId order. */
    private Order firstLiveOrder;
    private Order lastLiveOrder;
    private int liveOrderCount;

    private long clock = Long.MIN_VALUE;
    private long nextDeliveryClose = Long.MAX_VALUE;
    private long engineSeq;
    private long lastOrderId;
    private long lastTradeId;

    public MatchingEngine(final EngineListener listener)
    {
        this(listener, 1024, 1 << 16);
    }

    /**
     * @param expectedLiveOrders orders to preallocate.
     * @param expectedClOrdIds   client order ids to size the duplicate check for before it has to grow.
     */
    public MatchingEngine(final EngineListener listener, final int expectedLiveOrders, final int expectedClOrdIds)
    {
        this.listener = listener;
        this.orderPool = new OrderPool(expectedLiveOrders);
        this.clOrdIds = new ClOrdIdTable(expectedClOrdIds);
        this.liveOrders = new LiveOrderTable(expectedLiveOrders);
    }

    // ------------------------------------------------------------------ listing and admission (cold)

    /**
     * Lists an instrument from now on and returns its index.
     *
     * @throws IllegalArgumentException if a listed instrument has the same symbol.
     */
    @Override
    public int listInstrument(final InstrumentSpec spec)
    {
        if (listedSymbols.containsKey(spec.symbol()))
        {
            throw new IllegalArgumentException("instrument " + spec.symbol() + " is already listed");
        }
        if (instrumentCount == instruments.length)
        {
            instruments = java.util.Arrays.copyOf(instruments, instrumentCount * 2);
        }
        final int id = instrumentCount++;
        instruments[id] = new Instrument(id, spec);
        listedSymbols.put(spec.symbol(), id);
        for (int i = 0; i < participantCount; i++)
        {
            participants[i].ensureInstrumentCapacity(instrumentCount);
        }
        nextDeliveryClose = Math.min(nextDeliveryClose, spec.deliveryStart());
        return id;
    }

    /**
     * Admits a participant from now on and returns its index.
     *
     * @throws IllegalArgumentException if a participant with the same id was admitted.
     */
    @Override
    public int admitParticipant(final ParticipantSpec spec)
    {
        if (admittedParticipants.containsKey(spec.id()))
        {
            throw new IllegalArgumentException("participant " + spec.id() + " is already admitted");
        }
        if (participantCount == participants.length)
        {
            participants = java.util.Arrays.copyOf(participants, participantCount * 2);
        }
        final int id = participantCount++;
        participants[id] = new ParticipantAccount(id, spec, Math.max(16, instruments.length));
        admittedParticipants.put(spec.id(), id);
        return id;
    }

    /**
     * @throws IllegalArgumentException for an unknown participant or instrument or negative units.
     */
    @Override
    public void registerCapacity(final int participant, final int instrument, final long units)
    {
        final ParticipantAccount account = account(participant);
        if (account == null || listed(instrument) == null)
        {
            throw new IllegalArgumentException("capacity for an unknown participant or instrument");
        }
        if (units < 0)
        {
            throw new IllegalArgumentException("capacity must be >= 0 units, got " + units);
        }
        account.capacity[instrument] = units;
    }

    /**
     * Back to the state right after the listings and admissions: no orders, no client order ids
     * used, no exposures or fills, every instrument open, counters and clock at their start.
     * Listings, admissions and registered capacities stay, and so do the pools and tables at
     * the size they have grown to, so a benchmark can replay the same stream again without
     * measuring their growth. Cold path.
     */
    public void reset()
    {
        Order order = firstLiveOrder;
        while (order != null)
        {
            final Order next = order.engineNext;
            retire(order);
            order = next;
        }
        clOrdIds.clear();
        nextDeliveryClose = Long.MAX_VALUE;
        for (int i = 0; i < instrumentCount; i++)
        {
            final Instrument instrument = instruments[i];
            if (instrument.state == InstrumentState.DELISTED)
            {
                listedSymbols.put(instrument.spec.symbol(), i);
            }
            instrument.state = InstrumentState.OPEN;
            nextDeliveryClose = Math.min(nextDeliveryClose, instrument.deliveryStart);
        }
        for (int p = 0; p < participantCount; p++)
        {
            final ParticipantAccount account = participants[p];
            account.restingBuyNotional = 0;
            account.boughtNotional = 0;
            account.creditLimit = account.spec.creditLimit();
            account.creditLimitChanged = false;
            account.blocked = false;
            java.util.Arrays.fill(account.restingSellQuantity, 0);
            java.util.Arrays.fill(account.soldQuantity, 0);
        }
        clock = Long.MIN_VALUE;
        engineSeq = 0;
        lastOrderId = 0;
        lastTradeId = 0;
    }

    // ------------------------------------------------------------------ commands (hot)

    /**
     * A new order. {@code instrument} and {@code participant} are indices, or {@link #UNKNOWN};
     * {@code price} is ignored for MARKET; {@code expiry} is an engine timestamp for GTD, else
     * {@link #NO_EXPIRY}.
     */
    @Override
    public void newOrder(
        final long timestamp,
        final int participant,
        final long clOrdIdHigh,
        final long clOrdIdLow,
        final int instrument,
        final Side side,
        final OrderType type,
        final TimeInForce timeInForce,
        final long price,
        final long quantity,
        final boolean postOnly,
        final long expiry)
    {
        advanceClock(timestamp);
        final ParticipantAccount account = account(participant);
        final Instrument listed = listed(instrument);
        final boolean duplicate = account != null && !clOrdIds.use(participant, clOrdIdHigh, clOrdIdLow);
        final RejectReason reason = checkNewOrder(
            account, listed, duplicate, side, type, timeInForce, price, quantity, postOnly, expiry);
        if (reason != null)
        {
            listener.onRejected(++engineSeq, clock, account == null ? -1 : participant, clOrdIdHigh, clOrdIdLow, reason);
            return;
        }

        final Order order = orderPool.acquire();
        order.orderId = ++lastOrderId;
        order.participant = participant;
        order.instrument = listed;
        order.side = side;
        order.price = type == OrderType.LIMIT ? price : 0;
        order.quantity = quantity;
        order.filled = 0;
        order.clOrdIdHigh = clOrdIdHigh;
        order.clOrdIdLow = clOrdIdLow;
        order.timeInForce = timeInForce;
        order.postOnly = postOnly;
        order.expiry = timeInForce == TimeInForce.GTD ? expiry : NO_EXPIRY;
        listener.onAccepted(
            ++engineSeq, clock, order.orderId, participant, clOrdIdHigh, clOrdIdLow, listed.id, side, order.price, quantity, timeInForce);

        final long limit = type == OrderType.LIMIT ? price : marketLimit(listed, side);
        if (timeInForce == TimeInForce.FOK && fillableQuantity(order, account, limit) < quantity)
        {
            listener.onCancelled(++engineSeq, clock, order.orderId, participant, clOrdIdHigh, clOrdIdLow, listed.id,
                quantity, CancelReason.FOK);
            orderPool.release(order);
            return;
        }
        if (match(order, account, limit))
        {
            orderPool.release(order);
        }
        else if (order.leaves() == 0)
        {
            orderPool.release(order);
        }
        else if (type == OrderType.LIMIT && timeInForce.rests())
        {
            addToBook(order);
            link(order);
        }
        else
        {
            listener.onCancelled(++engineSeq, clock, order.orderId, participant, clOrdIdHigh, clOrdIdLow, listed.id,
                order.leaves(), timeInForce == TimeInForce.FOK ? CancelReason.FOK : CancelReason.IOC);
            orderPool.release(order);
        }
    }

    /** Cancels the live order that {@code origClOrdId} names. */
    @Override
    public void cancel(
        final long timestamp,
        final int participant,
        final long clOrdIdHigh,
        final long clOrdIdLow,
        final long origClOrdIdHigh,
        final long origClOrdIdLow)
    {
        advanceClock(timestamp);
        final ParticipantAccount account = account(participant);
        if (account == null)
        {
            listener.onRejected(++engineSeq, clock, -1, clOrdIdHigh, clOrdIdLow, RejectReason.UNKNOWN_PARTICIPANT);
            return;
        }
        if (!useClOrdId(participant, clOrdIdHigh, clOrdIdLow))
        {
            reject(participant, clOrdIdHigh, clOrdIdLow, RejectReason.DUPLICATE_CLORDID);
            return;
        }
        final Order order = liveOrder(participant, origClOrdIdHigh, origClOrdIdLow);
        if (order == null)
        {
            reject(participant, clOrdIdHigh, clOrdIdLow, RejectReason.UNKNOWN_ORDER);
            return;
        }
        cancelResting(order, CancelReason.USER);
    }

    /**
     * Cancel/replace: the live order that {@code origClOrdId} names takes the new clOrdId, price
     * and total quantity (FIX OrderQty).
     */
    @Override
    public void replace(
        final long timestamp,
        final int participant,
        final long clOrdIdHigh,
        final long clOrdIdLow,
        final long origClOrdIdHigh,
        final long origClOrdIdLow,
        final long price,
        final long quantity)
    {
        advanceClock(timestamp);
        final ParticipantAccount account = account(participant);
        if (account == null)
        {
            listener.onRejected(++engineSeq, clock, -1, clOrdIdHigh, clOrdIdLow, RejectReason.UNKNOWN_PARTICIPANT);
            return;
        }
        if (!clOrdIds.use(participant, clOrdIdHigh, clOrdIdLow))
        {
            reject(participant, clOrdIdHigh, clOrdIdLow, RejectReason.DUPLICATE_CLORDID);
            return;
        }
        if (account.blocked)
        {
            reject(participant, clOrdIdHigh, clOrdIdLow, RejectReason.PARTICIPANT_BLOCKED);
            return;
        }
        final Order order = liveOrder(participant, origClOrdIdHigh, origClOrdIdLow);
        if (order == null)
        {
            reject(participant, clOrdIdHigh, clOrdIdLow, RejectReason.UNKNOWN_ORDER);
            return;
        }
        final Instrument instrument = order.instrument;
        if (!instrument.isValidPrice(price))
        {
            reject(participant, clOrdIdHigh, clOrdIdLow, RejectReason.INVALID_PRICE);
            return;
        }
        if (!instrument.isValidQuantity(quantity))
        {
            reject(participant, clOrdIdHigh, clOrdIdLow, RejectReason.INVALID_QTY);
            return;
        }
        final long newLeaves = quantity - order.filled;
        if (newLeaves <= 0)
        {
            cancelResting(order, CancelReason.USER);
            return;
        }
        final RejectReason reason = checkReplace(account, order, price, newLeaves);
        if (reason != null)
        {
            reject(participant, clOrdIdHigh, clOrdIdLow, reason);
            return;
        }

        final long origHigh = order.clOrdIdHigh;
        final long origLow = order.clOrdIdLow;
        final boolean keepsPriority = price == order.price && quantity <= order.quantity;
        if (keepsPriority)
        {
            countExposure(order, -1);
        }
        else
        {
            removeFromBook(order);
        }
        liveOrders.remove(order);
        order.clOrdIdHigh = clOrdIdHigh;
        order.clOrdIdLow = clOrdIdLow;
        liveOrders.put(order);
        order.quantity = quantity;
        order.price = price;
        listener.onReplaced(++engineSeq, clock, order.orderId, participant, clOrdIdHigh, clOrdIdLow, origHigh,
            origLow, instrument.id, price, quantity, newLeaves);
        if (keepsPriority)
        {
            countExposure(order, 1);
            return;
        }
        if (match(order, account, price) || order.leaves() == 0)
        {
            unlink(order);
            orderPool.release(order);
        }
        else
        {
            addToBook(order);
        }
    }

    /**
     * Cancels every live order of the participant, in one instrument or {@link #ALL_INSTRUMENTS},
     * in orderId order; unknown participants and instruments cancel nothing.
     */
    @Override
    public void massCancel(final long timestamp, final int participant, final int instrument)
    {
        advanceClock(timestamp);
        final ParticipantAccount account = account(participant);
        if (account == null || (instrument != ALL_INSTRUMENTS && listed(instrument) == null))
        {
            return;
        }
        Order order = account.firstLiveOrder;
        while (order != null)
        {
            final Order next = order.participantNext;
            if (instrument == ALL_INSTRUMENTS || order.instrument.id == instrument)
            {
                cancelResting(order, CancelReason.MASS);
            }
            order = next;
        }
    }

    /** Halts an open instrument: new orders and replaces are rejected, resting orders stay. */
    @Override
    public void halt(final long timestamp, final int instrument)
    {
        switchState(timestamp, instrument, InstrumentState.OPEN, InstrumentState.HALTED);
    }

    /** Resumes a halted instrument. */
    @Override
    public void resume(final long timestamp, final int instrument)
    {
        switchState(timestamp, instrument, InstrumentState.HALTED, InstrumentState.OPEN);
    }

    private void switchState(final long timestamp, final int instrument, final InstrumentState from,
        final InstrumentState to)
    {
        advanceClock(timestamp);
        final Instrument listed = listed(instrument);
        if (listed != null && listed.state == from)
        {
            listed.state = to;
        }
    }

    /** End of the trading day: every resting DAY order expires, in orderId order. */
    @Override
    public void endOfDay(final long timestamp)
    {
        advanceClock(timestamp);
        Order order = firstLiveOrder;
        while (order != null)
        {
            final Order next = order.engineNext;
            if (order.timeInForce == TimeInForce.DAY)
            {
                cancelResting(order, CancelReason.EXPIRED);
            }
            order = next;
        }
    }

    /** Delists an instrument: its resting orders are cancelled in orderId order and its symbol becomes unknown. */
    @Override
    public void delist(final long timestamp, final int instrument)
    {
        advanceClock(timestamp);
        final Instrument listed = listed(instrument);
        if (listed != null)
        {
            cancelAllResting(listed, CancelReason.DELISTED);
            listed.state = InstrumentState.DELISTED;
            listedSymbols.remove(listed.spec.symbol());
        }
    }

    /**
     * The kill switch: cancels every live order of the participant in orderId order (reason MASS)
     * and rejects its new orders and replaces ({@link RejectReason#PARTICIPANT_BLOCKED}) until
     * {@link #reinstate}. An unknown participant: nothing. Cold path.
     */
    @Override
    public void kill(final long timestamp, final int participant)
    {
        advanceClock(timestamp);
        final ParticipantAccount account = account(participant);
        if (account == null)
        {
            return;
        }
        account.blocked = true;
        Order order = account.firstLiveOrder;
        while (order != null)
        {
            final Order next = order.participantNext;
            cancelResting(order, CancelReason.MASS);
            order = next;
        }
    }

    /** Lifts the kill switch; an unknown or unblocked participant: nothing. */
    @Override
    public void reinstate(final long timestamp, final int participant)
    {
        advanceClock(timestamp);
        final ParticipantAccount account = account(participant);
        if (account != null)
        {
            account.blocked = false;
        }
    }

    /**
     * Sets the credit limit that orders and replaces are checked against from now on; resting
     * orders and what was bought stay, even when the exposure is now above the limit. Resting
     * buy notional is only kept while there is a limit, so a first limit counts it from the book.
     * An unknown participant or a negative limit: nothing. Cold path.
     */
    @Override
    public void changeCreditLimit(final long timestamp, final int participant, final long creditLimit)
    {
        advanceClock(timestamp);
        final ParticipantAccount account = account(participant);
        if (account == null || creditLimit < 0)
        {
            return;
        }
        if (account.creditLimit == 0 && creditLimit > 0)
        {
            long resting = 0;
            for (Order order = account.firstLiveOrder; order != null; order = order.participantNext)
            {
                if (order.side == Side.BUY)
                {
                    resting = FixedPoint.saturatedAdd(resting,
                        FixedPoint.notional(order.price, order.leaves(), order.instrument.deliveryHours));
                }
            }
            account.restingBuyNotional = resting;
        }
        else if (creditLimit == 0)
        {
            account.restingBuyNotional = 0;
        }
        account.creditLimit = creditLimit;
        account.creditLimitChanged = true;
    }

    /** Moves the clock to {@code timestamp} (never backwards): closes instruments and expires GTD orders that are due. */
    public void advanceClock(final long timestamp)
    {
        if (timestamp > clock)
        {
            clock = timestamp;
        }
        if (clock >= nextDeliveryClose)
        {
            closeDueInstruments();
        }
        Order due = expiries.peek();
        while (due != null && due.expiry <= clock)
        {
            cancelResting(due, CancelReason.EXPIRED);
            due = expiries.peek();
        }
    }

    // ------------------------------------------------------------------ validation

    private RejectReason checkNewOrder(
        final ParticipantAccount account,
        final Instrument instrument,
        final boolean duplicate,
        final Side side,
        final OrderType type,
        final TimeInForce timeInForce,
        final long price,
        final long quantity,
        final boolean postOnly,
        final long expiry)
    {
        if (instrument == null)
        {
            return RejectReason.UNKNOWN_SYMBOL;
        }
        if (account == null)
        {
            return RejectReason.UNKNOWN_PARTICIPANT;
        }
        if (!account.mayTrade(side))
        {
            return RejectReason.NOT_AUTHORISED;
        }
        if (duplicate)
        {
            return RejectReason.DUPLICATE_CLORDID;
        }
        if (account.blocked)
        {
            return RejectReason.PARTICIPANT_BLOCKED;
        }
        if (!isValidTimeInForce(type, timeInForce, postOnly, expiry))
        {
            return RejectReason.INVALID_TIF;
        }
        if (type == OrderType.LIMIT && !instrument.isValidPrice(price))
        {
            return RejectReason.INVALID_PRICE;
        }
        if (!instrument.isValidQuantity(quantity))
        {
            return RejectReason.INVALID_QTY;
        }
        final RejectReason state = checkTradingState(instrument);
        if (state != null)
        {
            return state;
        }
        if (type == OrderType.LIMIT && !instrument.isWithinBand(price))
        {
            return RejectReason.PRICE_BAND;
        }
        if (side == Side.BUY && account.creditLimit > 0)
        {
            if (type == OrderType.MARKET && !instrument.banded)
            {
                return RejectReason.CREDIT_LIMIT;
            }
            final long creditPrice = type == OrderType.LIMIT ? price : instrument.bandHigh;
            if (!account.hasCreditFor(FixedPoint.notional(creditPrice, quantity, instrument.deliveryHours)))
            {
                return RejectReason.CREDIT_LIMIT;
            }
        }
        if (side == Side.SELL && !account.hasCapacityFor(instrument.id, quantity))
        {
            return RejectReason.CAPACITY_LIMIT;
        }
        if (postOnly && wouldCross(instrument, side, price))
        {
            return RejectReason.POST_ONLY_WOULD_CROSS;
        }
        return null;
    }

    private boolean isValidTimeInForce(
        final OrderType type, final TimeInForce timeInForce, final boolean postOnly, final long expiry)
    {
        if (type == OrderType.MARKET && timeInForce != TimeInForce.IOC && timeInForce != TimeInForce.FOK)
        {
            return false;
        }
        if (postOnly && (type != OrderType.LIMIT || !timeInForce.rests()))
        {
            return false;
        }
        if (timeInForce == TimeInForce.GTD)
        {
            return expiry > clock;
        }
        return expiry == NO_EXPIRY;
    }

    private RejectReason checkReplace(
        final ParticipantAccount account, final Order order, final long price, final long newLeaves)
    {
        final Instrument instrument = order.instrument;
        final RejectReason state = checkTradingState(instrument);
        if (state != null)
        {
            return state;
        }
        if (!instrument.isWithinBand(price))
        {
            return RejectReason.PRICE_BAND;
        }
        if (order.side == Side.BUY && account.creditLimit > 0)
        {
            final long hours = instrument.deliveryHours;
            final long others = account.restingBuyNotional - FixedPoint.notional(order.price, order.leaves(), hours);
            final long exposure = FixedPoint.saturatedAdd(
                FixedPoint.saturatedAdd(others, account.boughtNotional), FixedPoint.notional(price, newLeaves, hours));
            if (exposure > account.creditLimit)
            {
                return RejectReason.CREDIT_LIMIT;
            }
        }
        if (order.side == Side.SELL && !account.hasCapacityFor(instrument.id, newLeaves - order.leaves()))
        {
            return RejectReason.CAPACITY_LIMIT;
        }
        if (order.postOnly && wouldCross(instrument, order.side, price))
        {
            return RejectReason.POST_ONLY_WOULD_CROSS;
        }
        return null;
    }

    private static RejectReason checkTradingState(final Instrument instrument)
    {
        if (instrument.state == InstrumentState.CLOSED)
        {
            return RejectReason.INSTRUMENT_CLOSED;
        }
        if (instrument.state == InstrumentState.HALTED)
        {
            return RejectReason.INSTRUMENT_HALTED;
        }
        return null;
    }

    private static boolean wouldCross(final Instrument instrument, final Side side, final long price)
    {
        final PriceLevel best = instrument.opposite(side).best();
        return best != null && (side == Side.BUY ? price >= best.price : price <= best.price);
    }

    private static long marketLimit(final Instrument instrument, final Side side)
    {
        if (side == Side.BUY)
        {
            return instrument.banded ? instrument.bandHigh : Long.MAX_VALUE;
        }
        return instrument.banded ? instrument.bandLow : Long.MIN_VALUE;
    }

    // ------------------------------------------------------------------ matching

    private static boolean reaches(final Side aggressorSide, final long restingPrice, final long limit)
    {
        return aggressorSide == Side.BUY ? restingPrice <= limit : restingPrice >= limit;
    }

    /** How much a fill-or-kill order would fill on the matching walk, self-trade prevention included. */
    private static long fillableQuantity(final Order order, final ParticipantAccount account, final long limit)
    {
        final BookSide opposite = order.instrument.opposite(order.side);
        final SelfTradePrevention stp = account.selfTradePrevention;
        long fillable = 0;
        for (PriceLevel level = opposite.best(); level != null; level = level.worse)
        {
            if (!reaches(order.side, level.price, limit))
            {
                break;
            }
            for (Order resting = level.head; resting != null; resting = resting.levelNext)
            {
                if (resting.participant == order.participant && stp != SelfTradePrevention.NONE)
                {
                    if (stp == SelfTradePrevention.CANCEL_RESTING)
                    {
                        continue;
                    }
                    return fillable;
                }
                fillable += resting.leaves();
                if (fillable >= order.quantity)
                {
                    return fillable;
                }
            }
        }
        return fillable;
    }

    /**
     * Walks the opposite side from its best price while it reaches {@code limit}, trading at
     * the resting prices and applying self-trade prevention.
     *
     * @return true if self-trade prevention cancelled the aggressor (its CANCELLED is emitted).
     */
    private boolean match(final Order aggressor, final ParticipantAccount account, final long limit)
    {
        final BookSide opposite = aggressor.instrument.opposite(aggressor.side);
        final SelfTradePrevention stp = account.selfTradePrevention;
        PriceLevel level = opposite.best();
        while (level != null && reaches(aggressor.side, level.price, limit))
        {
            Order resting = level.head;
            while (resting != null)
            {
                final Order next = resting.levelNext;
                if (resting.participant == aggressor.participant && stp != SelfTradePrevention.NONE)
                {
                    if (stp != SelfTradePrevention.CANCEL_AGGRESSOR)
                    {
                        cancelResting(resting, CancelReason.STP);
                    }
                    if (stp != SelfTradePrevention.CANCEL_RESTING)
                    {
                        listener.onCancelled(++engineSeq, clock, aggressor.orderId, aggressor.participant,
                            aggressor.clOrdIdHigh, aggressor.clOrdIdLow, aggressor.instrument.id, aggressor.leaves(),
                            CancelReason.STP);
                        return true;
                    }
                }
                else
                {
                    trade(aggressor, resting, Math.min(aggressor.leaves(), resting.leaves()), level.price);
                    if (aggressor.leaves() == 0)
                    {
                        return false;
                    }
                }
                resting = next;
            }
            level = opposite.best();
        }
        return false;
    }

    private void trade(final Order aggressor, final Order resting, final long quantity, final long price)
    {
        final Instrument instrument = resting.instrument;
        final ParticipantAccount restingAccount = participants[resting.participant];
        final ParticipantAccount aggressorAccount = participants[aggressor.participant];
        final long notional = FixedPoint.notional(price, quantity, instrument.deliveryHours);
        resting.filled += quantity;
        aggressor.filled += quantity;
        if (resting.side == Side.BUY)
        {
            if (restingAccount.creditLimit > 0)
            {
                restingAccount.restingBuyNotional -= notional;
            }
            // Kept for every buyer, so that an operator can give a limit to one that had none.
            restingAccount.boughtNotional = FixedPoint.saturatedAdd(restingAccount.boughtNotional, notional);
            aggressorAccount.soldQuantity[instrument.id] += quantity;
        }
        else
        {
            restingAccount.restingSellQuantity[instrument.id] -= quantity;
            restingAccount.soldQuantity[instrument.id] += quantity;
            aggressorAccount.boughtNotional = FixedPoint.saturatedAdd(aggressorAccount.boughtNotional, notional);
        }

        final Order buy = aggressor.side == Side.BUY ? aggressor : resting;
        final Order sell = aggressor.side == Side.BUY ? resting : aggressor;
        listener.onFill(++engineSeq, clock, ++lastTradeId, instrument.id, price, quantity,
            buy.orderId, buy.participant, buy.clOrdIdHigh, buy.clOrdIdLow,
            sell.orderId, sell.participant, sell.clOrdIdHigh, sell.clOrdIdLow, aggressor.side);

        if (resting.leaves() == 0)
        {
            retire(resting);
        }
    }

    // ------------------------------------------------------------------ book keeping

    private void cancelResting(final Order order, final CancelReason reason)
    {
        listener.onCancelled(++engineSeq, clock, order.orderId, order.participant, order.clOrdIdHigh,
            order.clOrdIdLow, order.instrument.id, order.leaves(), reason);
        retire(order);
    }

    /** Takes a resting order out of everything and returns it to the pool. */
    private void retire(final Order order)
    {
        removeFromBook(order);
        unlink(order);
        orderPool.release(order);
    }

    private void cancelAllResting(final Instrument instrument, final CancelReason reason)
    {
        Order order = firstLiveOrder;
        while (order != null)
        {
            final Order next = order.engineNext;
            if (order.instrument == instrument)
            {
                cancelResting(order, reason);
            }
            order = next;
        }
    }

    private void closeDueInstruments()
    {
        long next = Long.MAX_VALUE;
        for (int i = 0; i < instrumentCount; i++)
        {
            final Instrument instrument = instruments[i];
            if (instrument.state == InstrumentState.OPEN || instrument.state == InstrumentState.HALTED)
            {
                if (instrument.deliveryStart <= clock)
                {
                    instrument.state = InstrumentState.CLOSED;
                    cancelAllResting(instrument, CancelReason.EXPIRED);
                }
                else
                {
                    next = Math.min(next, instrument.deliveryStart);
                }
            }
        }
        nextDeliveryClose = next;
    }

    /** Puts an order in its book at the back of its price level and counts it in its participant's exposure. */
    private void addToBook(final Order order)
    {
        order.instrument.side(order.side).add(order);
        countExposure(order, 1);
        if (order.timeInForce == TimeInForce.GTD)
        {
            expiries.add(order);
        }
    }

    private void removeFromBook(final Order order)
    {
        order.instrument.side(order.side).remove(order);
        countExposure(order, -1);
        if (order.expiryIndex >= 0)
        {
            expiries.remove(order);
        }
    }

    /** Adds ({@code sign} 1) or removes (-1) a resting order's leaves in its participant's risk exposure. */
    private void countExposure(final Order order, final int sign)
    {
        final ParticipantAccount account = participants[order.participant];
        if (order.side == Side.BUY)
        {
            if (account.creditLimit > 0)
            {
                account.restingBuyNotional +=
                    sign * FixedPoint.notional(order.price, order.leaves(), order.instrument.deliveryHours);
            }
        }
        else
        {
            account.restingSellQuantity[order.instrument.id] += sign * order.leaves();
        }
    }

    private void link(final Order order)
    {
        final ParticipantAccount account = participants[order.participant];
        account.linkLiveOrder(order);
        order.engineNext = null;
        order.enginePrevious = lastLiveOrder;
        if (lastLiveOrder == null)
        {
            firstLiveOrder = order;
        }
        else
        {
            lastLiveOrder.engineNext = order;
        }
        lastLiveOrder = order;
        liveOrderCount++;
        liveOrders.put(order);
    }

    private void unlink(final Order order)
    {
        participants[order.participant].unlinkLiveOrder(order);
        if (order.enginePrevious == null)
        {
            firstLiveOrder = order.engineNext;
        }
        else
        {
            order.enginePrevious.engineNext = order.engineNext;
        }
        if (order.engineNext == null)
        {
            lastLiveOrder = order.enginePrevious;
        }
        else
        {
            order.engineNext.enginePrevious = order.enginePrevious;
        }
        order.enginePrevious = null;
        order.engineNext = null;
        liveOrderCount--;
        liveOrders.remove(order);
    }

    private void reject(final int participant, final long clOrdIdHigh, final long clOrdIdLow, final RejectReason reason)
    {
        listener.onRejected(++engineSeq, clock, participant, clOrdIdHigh, clOrdIdLow, reason);
    }

    private boolean useClOrdId(final int participant, final long clOrdIdHigh, final long clOrdIdLow)
    {
        return clOrdIds.use(participant, clOrdIdHigh, clOrdIdLow);
    }

    private Order liveOrder(final int participant, final long clOrdIdHigh, final long clOrdIdLow)
    {
        return liveOrders.find(participant, clOrdIdHigh, clOrdIdLow);
    }

    private ParticipantAccount account(final int participant)
    {
        return participant >= 0 && participant < participantCount ? participants[participant] : null;
    }

    private Instrument listed(final int instrument)
    {
        if (instrument < 0 || instrument >= instrumentCount)
        {
            return null;
        }
        final Instrument listed = instruments[instrument];
        return listed.state == InstrumentState.DELISTED ? null : listed;
    }

    // ------------------------------------------------------------------ snapshots (cold)

    /**
     * 2: every buyer's bought notional (1 kept it only for buyers with a credit limit), and per
     * participant the current credit limit, whether an operator changed it, and the kill switch.
     * Version 1 is refused: it cannot say what an unlimited buyer has bought, so recovery replays
     * the inbound journal instead.
     */
    private static final int SNAPSHOT_VERSION = 2;

    /**
     * Writes the engine's whole state: listings, admissions, books in priority order, exposures,
     * every client order id ever used, counters and the clock. {@link #readSnapshot} rebuilds
     * an engine that behaves identically from there on (same {@link #stateHash()}).
     */
    public void writeSnapshot(final java.io.DataOutput out) throws java.io.IOException
    {
        out.writeInt(SNAPSHOT_VERSION);
        out.writeLong(clock);
        out.writeLong(engineSeq);
        out.writeLong(lastOrderId);
        out.writeLong(lastTradeId);
        out.writeInt(instrumentCount);
        for (int i = 0; i < instrumentCount; i++)
        {
            final InstrumentSpec spec = instruments[i].spec;
            out.writeUTF(spec.symbol());
            out.writeLong(spec.tickSize());
            out.writeLong(spec.lotSize());
            out.writeInt(spec.deliveryHours());
            out.writeLong(spec.priceBandPct());
            out.writeLong(spec.referencePrice());
            out.writeLong(spec.deliveryStart());
            out.writeInt(spec.priceDecimals());
            out.writeByte(instruments[i].state.ordinal());
        }
        out.writeInt(participantCount);
        for (int p = 0; p < participantCount; p++)
        {
            final ParticipantAccount account = participants[p];
            final ParticipantSpec spec = account.spec;
            out.writeUTF(spec.id());
            out.writeUTF(spec.homeExchange());
            out.writeBoolean(spec.buyer());
            out.writeBoolean(spec.provider());
            out.writeLong(spec.creditLimit());
            out.writeLong(spec.capacity());
            out.writeByte(spec.selfTradePrevention().ordinal());
            out.writeLong(account.boughtNotional);
            out.writeLong(account.creditLimit);
            out.writeBoolean(account.creditLimitChanged);
            out.writeBoolean(account.blocked);
            for (int i = 0; i < instrumentCount; i++)
            {
                out.writeLong(account.soldQuantity[i]);
                out.writeLong(account.capacity[i]);
            }
        }
        clOrdIds.writeTo(out);
        out.writeInt(liveOrderCount);
        for (int i = 0; i < instrumentCount; i++)
        {
            writeOrders(instruments[i].bids, out);
            writeOrders(instruments[i].asks, out);
        }
    }

    private static void writeOrders(final BookSide side, final java.io.DataOutput out) throws java.io.IOException
    {
        for (PriceLevel level = side.best(); level != null; level = level.worse)
        {
            for (Order order = level.head; order != null; order = order.levelNext)
            {
                out.writeInt(order.instrument.id);
                out.writeByte(order.side.ordinal());
                out.writeLong(order.orderId);
                out.writeInt(order.participant);
                out.writeLong(order.price);
                out.writeLong(order.quantity);
                out.writeLong(order.filled);
                out.writeLong(order.clOrdIdHigh);
                out.writeLong(order.clOrdIdLow);
                out.writeByte(order.timeInForce.ordinal());
                out.writeBoolean(order.postOnly);
                out.writeLong(order.expiry);
            }
        }
    }

    /**
     * Rebuilds an engine from a snapshot written by {@link #writeSnapshot}.
     *
     * @throws java.io.IOException if the snapshot is truncated or not a snapshot of this version.
     */
    public static MatchingEngine readSnapshot(
        final java.io.DataInput in,
        final EngineListener listener,
        final int expectedLiveOrders,
        final int expectedClOrdIds) throws java.io.IOException
    {
        final int version = in.readInt();
        if (version != SNAPSHOT_VERSION)
        {
            throw new java.io.IOException("snapshot version " + version + ", this engine reads only " + SNAPSHOT_VERSION +
                (version == 1 ? " (version 1 does not keep what buyers without a credit limit have bought)" : ""));
        }
        final MatchingEngine engine = new MatchingEngine(listener, expectedLiveOrders, expectedClOrdIds);
        engine.clock = in.readLong();
        engine.engineSeq = in.readLong();
        engine.lastOrderId = in.readLong();
        engine.lastTradeId = in.readLong();
        final InstrumentState[] states = InstrumentState.values();
        final int instrumentCount = in.readInt();
        for (int i = 0; i < instrumentCount; i++)
        {
            final InstrumentSpec spec = new InstrumentSpec(in.readUTF(), in.readLong(), in.readLong(), in.readInt(),
                in.readLong(), in.readLong(), in.readLong(), in.readInt());
            final InstrumentState state = states[in.readByte()];
            final int id = engine.listInstrument(spec);
            engine.instruments[id].state = state;
            if (state == InstrumentState.DELISTED)
            {
                engine.listedSymbols.remove(spec.symbol());
            }
        }
        final SelfTradePrevention[] modes = SelfTradePrevention.values();
        final int participantCount = in.readInt();
        for (int p = 0; p < participantCount; p++)
        {
            final int id = engine.admitParticipant(new ParticipantSpec(in.readUTF(), in.readUTF(), in.readBoolean(),
                in.readBoolean(), in.readLong(), in.readLong(), modes[in.readByte()]));
            final ParticipantAccount account = engine.participants[id];
            account.boughtNotional = in.readLong();
            account.creditLimit = in.readLong();
            account.creditLimitChanged = in.readBoolean();
            account.blocked = in.readBoolean();
            if (account.creditLimit < 0)
            {
                throw new java.io.IOException("snapshot participant " + account.spec.id() + " has a negative credit limit");
            }
            for (int i = 0; i < instrumentCount; i++)
            {
                account.soldQuantity[i] = in.readLong();
                account.capacity[i] = in.readLong();
            }
        }
        engine.clOrdIds.readFrom(in);
        final Side[] sides = Side.values();
        final TimeInForce[] timesInForce = TimeInForce.values();
        final Order[] live = new Order[in.readInt()];
        for (int i = 0; i < live.length; i++)
        {
            final Order order = engine.orderPool.acquire();
            order.instrument = engine.instruments[in.readInt()];
            order.side = sides[in.readByte()];
            order.orderId = in.readLong();
            order.participant = in.readInt();
            order.price = in.readLong();
            order.quantity = in.readLong();
            order.filled = in.readLong();
            order.clOrdIdHigh = in.readLong();
            order.clOrdIdLow = in.readLong();
            order.timeInForce = timesInForce[in.readByte()];
            order.postOnly = in.readBoolean();
            order.expiry = in.readLong();
            if (!engine.clOrdIds.contains(order.participant, order.clOrdIdHigh, order.clOrdIdLow))
            {
                throw new java.io.IOException("snapshot order " + order.orderId + " has a clOrdId never seen");
            }
            engine.addToBook(order);
            live[i] = order;
        }
        java.util.Arrays.sort(live, (a, b) -> Long.compare(a.orderId, b.orderId));
        for (final Order order : live)
        {
            engine.link(order);
        }
        engine.nextDeliveryClose = Long.MAX_VALUE;
        for (int i = 0; i < instrumentCount; i++)
        {
            final Instrument instrument = engine.instruments[i];
            if (instrument.state == InstrumentState.OPEN || instrument.state == InstrumentState.HALTED)
            {
                engine.nextDeliveryClose = Math.min(engine.nextDeliveryClose, instrument.deliveryStart);
            }
        }
        return engine;
    }

    // ------------------------------------------------------------------ inspection (cold)

    /** The engine clock: the latest command timestamp seen. */
    public long clock()
    {
        return clock;
    }

    /** The engineSeq of the last event emitted. */
    public long engineSeq()
    {
        return engineSeq;
    }

    public int instrumentCount()
    {
        return instrumentCount;
    }

    public int participantCount()
    {
        return participantCount;
    }

    /** The number of resting orders in all books. */
    public int liveOrderCount()
    {
        return liveOrderCount;
    }

    public InstrumentSpec instrumentSpec(final int instrument)
    {
        return instruments[instrument].spec;
    }

    public InstrumentState instrumentState(final int instrument)
    {
        return instruments[instrument].state;
    }

    public ParticipantSpec participantSpec(final int participant)
    {
        return participants[participant].spec;
    }

    /** The credit limit orders are checked against now (fixed-point CNY, 0 = unlimited). */
    public long creditLimit(final int participant)
    {
        return participants[participant].creditLimit;
    }

    /** Whether the participant's kill switch is set. */
    public boolean isBlocked(final int participant)
    {
        return participants[participant].blocked;
    }

    /** Visits an instrument's resting orders: bids best first, then asks best first, each level in time priority. */
    public void forEachRestingOrder(final int instrument, final RestingOrderVisitor visitor)
    {
        final Instrument listed = instruments[instrument];
        visitSide(listed.bids, visitor);
        visitSide(listed.asks, visitor);
    }

    private static void visitSide(final BookSide side, final RestingOrderVisitor visitor)
    {
        for (PriceLevel level = side.best(); level != null; level = level.worse)
        {
            for (Order order = level.head; order != null; order = order.levelNext)
            {
                visitor.onRestingOrder(order.orderId, order.participant, order.clOrdIdHigh, order.clOrdIdLow,
                    order.side, order.price, order.leaves());
            }
        }
    }

    /**
     * A 64-bit digest of everything that decides future output: books in priority order,
     * instrument states, exposures, counters and the clock. Two engines that will behave the
     * same have the same hash; used by replay and recovery tests.
     */
    public long stateHash()
    {
        final StateDigest digest = new StateDigest();
        digest.add(clock).add(engineSeq).add(lastOrderId).add(lastTradeId).add(clOrdIds.size());
        for (int i = 0; i < instrumentCount; i++)
        {
            final Instrument instrument = instruments[i];
            digest.add(instrument.state.ordinal());
            for (final BookSide side : new BookSide[]{instrument.bids, instrument.asks})
            {
                digest.add(side.levelCount());
                for (PriceLevel level = side.best(); level != null; level = level.worse)
                {
                    for (Order order = level.head; order != null; order = order.levelNext)
                    {
                        digest.add(order.orderId).add(order.participant).add(order.price).add(order.quantity)
                            .add(order.filled).add(order.clOrdIdHigh).add(order.clOrdIdLow)
                            .add(order.timeInForce.ordinal()).add(order.postOnly ? 1 : 0).add(order.expiry);
                    }
                }
            }
        }
        for (int i = 0; i < participantCount; i++)
        {
            final ParticipantAccount account = participants[i];
            digest.add(account.restingBuyNotional).add(account.boughtNotional).add(account.creditLimit)
                .add(account.creditLimitChanged ? 1 : 0).add(account.blocked ? 1 : 0);
            for (int j = 0; j < instrumentCount; j++)
            {
                digest.add(account.restingSellQuantity[j]).add(account.soldQuantity[j]).add(account.capacity[j]);
            }
        }
        return digest.value();
    }

    /**
     * Checks every invariant of the books and exposures and throws {@link IllegalStateException}
     * naming the first one broken: no crossed book, levels sorted and non-empty, every resting
     * order with 0 &lt; leaves and filled &lt; quantity, exposures equal to what the books and
     * fills say, live-order lists in orderId order and in step with the books.
     */
    public void verifyIntegrity()
    {
        final long[] restingBuy = new long[participantCount];
        final long[][] restingSell = new long[participantCount][instrumentCount];
        int resting = 0;
        for (int i = 0; i < instrumentCount; i++)
        {
            final Instrument instrument = instruments[i];
            for (final BookSide side : new BookSide[]{instrument.bids, instrument.asks})
            {
                try
                {
                    side.verifyLadder();
                }
                catch (final IllegalStateException ex)
                {
                    check(false, instrument, ex.getMessage());
                }
                for (PriceLevel level = side.best(); level != null; level = level.worse)
                {
                    check(level.head != null, instrument, "empty price level " + level.price);
                    check(level.better == null || side.isBetter(level.better.price, level.price), instrument,
                        "price levels out of order at " + level.price);
                    for (Order order = level.head; order != null; order = order.levelNext)
                    {
                        resting++;
                        check(order.level == level && order.price == level.price && order.side == side.side() &&
                            order.instrument == instrument, instrument, "order " + order.orderId + " misplaced");
                        check(order.filled >= 0 && order.leaves() > 0, instrument,
                            "order " + order.orderId + " has filled " + order.filled + " of " + order.quantity);
                        check(liveOrders.find(order.participant, order.clOrdIdHigh, order.clOrdIdLow) == order,
                            instrument,
                            "order " + order.orderId + " is not found by its clOrdId");
                        if (order.side == Side.BUY && participants[order.participant].creditLimit > 0)
                        {
                            restingBuy[order.participant] +=
                                FixedPoint.notional(order.price, order.leaves(), instrument.deliveryHours);
                        }
                        else if (order.side == Side.SELL)
                        {
                            restingSell[order.participant][i] += order.leaves();
                        }
                    }
                }
            }
            final PriceLevel bid = instrument.bids.best();
            final PriceLevel ask = instrument.asks.best();
            check(bid == null || ask == null || bid.price < ask.price, instrument,
                "crossed book: bid " + (bid == null ? "" : bid.price) + " >= ask " + (ask == null ? "" : ask.price));
        }
        check(resting == liveOrderCount, null, resting + " resting orders but " + liveOrderCount + " live");
        long previousOrderId = 0;
        int linked = 0;
        for (Order order = firstLiveOrder; order != null; order = order.engineNext)
        {
            check(order.orderId > previousOrderId, null, "live orders out of orderId order at " + order.orderId);
            previousOrderId = order.orderId;
            linked++;
        }
        check(linked == liveOrderCount, null, linked + " linked live orders but " + liveOrderCount + " counted");
        check(liveOrders.size() == liveOrderCount, null,
            liveOrders.size() + " orders found by clOrdId but " + liveOrderCount + " live");
        for (int p = 0; p < participantCount; p++)
        {
            final ParticipantAccount account = participants[p];
            check(account.restingBuyNotional == restingBuy[p], null, "participant " + account.spec.id() +
                " resting buy notional " + account.restingBuyNotional + " but its bids sum to " + restingBuy[p]);
            check(account.creditLimit == 0 || account.creditLimitChanged ||
                account.restingBuyNotional + account.boughtNotional <= account.creditLimit, null,
                "participant " + account.spec.id() + " is over its credit limit");
            for (int i = 0; i < instrumentCount; i++)
            {
                check(account.restingSellQuantity[i] == restingSell[p][i], null, "participant " +
                    account.spec.id() + " resting sell quantity " + account.restingSellQuantity[i] + " in " +
                    instruments[i].spec.symbol() + " but its offers sum to " + restingSell[p][i]);
                check(account.capacity[i] == ParticipantAccount.UNLIMITED ||
                    account.restingSellQuantity[i] + account.soldQuantity[i] <= account.capacity[i], null,
                    "participant " + account.spec.id() + " is over its capacity in " + instruments[i].spec.symbol());
            }
            previousOrderId = 0;
            for (Order order = account.firstLiveOrder; order != null; order = order.participantNext)
            {
                check(order.participant == p && order.orderId > previousOrderId, null,
                    "participant " + account.spec.id() + " live orders out of order at " + order.orderId);
                previousOrderId = order.orderId;
            }
        }
    }

    private static void check(final boolean condition, final Instrument instrument, final String message)
    {
        if (!condition)
        {
            throw new IllegalStateException(instrument == null ? message : instrument.spec.symbol() + ": " + message);
        }
    }
}
