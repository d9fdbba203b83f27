package com.guishen.gscx.ledger;

import com.guishen.gscx.config.FeeRates;
import com.guishen.gscx.config.Participant;
import com.guishen.gscx.events.FixedPoint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The booking rules of DESIGN.md section 7, as postings:
 * <ul>
 * <li>opening deposit D of participant P: debit {@code P.cash}, credit {@code <home>.deposits};</li>
 * <li>fill of notional N: credit {@code buyer.cash} N, debit {@code buyer.escrow} N; then for each
 *     side with a fee F (notional x its maker or taker rate, in basis points, rounded half up to
 *     0.0001 CNY; none when it rounds to 0): credit {@code P.fees} F, debit the fee account of P's
 *     home exchange. Buyer and seller of different exchanges pay their own exchange; nothing
 *     crosses between exchanges until delivery (settlement, issue 6).</li>
 * <li>escrow release A (delivered compute): credit {@code buyer.escrow} A, debit {@code provider.cash} A;
 *     when their home exchanges differ the money goes through both clearing accounts: debit the buyer's
 *     exchange's clearing A (it holds A for the other exchange), credit the provider's exchange's
 *     clearing A (it is owed A), so each exchange's own accounts still sum to 0;</li>
 * <li>refund A (undelivered part): credit {@code buyer.escrow} A, debit {@code buyer.cash} A;</li>
 * <li>penalty A: credit {@code provider.cash} A, debit {@code buyer.cash} A, through the clearing
 *     accounts (provider's exchange debited, buyer's credited) across exchanges.</li>
 * </ul>
 * Pure: the same event gives the same postings.
 */
public final class PostingRules
{
    private static final BigDecimal BASIS_POINTS = BigDecimal.valueOf(10_000);

    private final ChartOfAccounts chart;
    /** Each participant's accounts and fee rates, worked out once: a fill then looks up one map and allocates no text. */
    private final Map<String, Party> parties = new HashMap<>();

    public PostingRules(final ChartOfAccounts chart)
    {
        this.chart = chart;
        for (final Participant participant : chart.participants())
        {
            parties.put(participant.id(), new Party(participant, chart));
        }
    }

    /** A participant as the rules need it: its account ids (one instance each, hashed once) and its fee rates. */
    private static final class Party
    {
        private final String cash;
        private final String escrow;
        private final String fees;
        private final String exchangeFees;
        private final FeeRate maker;
        private final FeeRate taker;

        private Party(final Participant participant, final ChartOfAccounts chart)
        {
            cash = ChartOfAccounts.cash(participant.id());
            escrow = ChartOfAccounts.escrow(participant.id());
            fees = ChartOfAccounts.fees(participant.id());
            exchangeFees = chart.exchangeFees(participant.homeExchange());
            maker = new FeeRate(participant.fees().makerBps());
            taker = new FeeRate(participant.fees().takerBps());
        }
    }

    /**
     * A rate in basis points as the exact fraction {@code numerator / divisor} of a fixed-point
     * notional: bps = m / 10^k makes the fee N x m / 10^(4+k), rounded half up, in long arithmetic.
     * Where that does not fit (a rate with more than 14 decimals, a product past a long) it is
     * worked out in BigDecimal, so the result is always exactly the BigDecimal one.
     */
    static final class FeeRate
    {
        private final BigDecimal bps;
        private final long numerator;
        /** 10^(4+k); 0 when the rate does not fit the long form. */
        private final long divisor;

        FeeRate(final BigDecimal bps)
        {
            this.bps = bps;
            final BigDecimal whole = bps.scale() < 0 ? bps.setScale(0) : bps;
            final int decimals = whole.scale();
            if (whole.signum() >= 0 && whole.unscaledValue().bitLength() < Long.SIZE - 1 && decimals <= 14)
            {
                numerator = whole.unscaledValue().longValue();
                divisor = LongMath.POWERS_OF_TEN[FixedPoint.SCALE + decimals];
            }
            else
            {
                numerator = 0;
                divisor = 0;
            }
        }

        /** Notional x rate in basis points, rounded half up to the fixed point's 4 decimals. */
        long of(final long notional)
        {
            if (divisor != 0 && notional >= 0)
            {
                final long product = notional * numerator;
                if (Math.multiplyHigh(notional, numerator) == 0 && product >= 0 && product <= Long.MAX_VALUE - divisor / 2)
                {
                    return (product + divisor / 2) / divisor;
                }
            }
            return exactFee(notional, bps);
        }
    }

    /** Powers of ten that fit a long. */
    private static final class LongMath
    {
        private static final long[] POWERS_OF_TEN = new long[19];

        static
        {
            POWERS_OF_TEN[0] = 1;
            for (int i = 1; i < POWERS_OF_TEN.length; i++)
            {
                POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
            }
        }
    }

    /** The postings of a participant's opening deposit; empty when it deposited nothing. */
    public List<Posting> openingDeposit(final Participant participant)
    {
        final long deposit = fixedPoint(participant.openingDeposit());
        if (deposit == 0)
        {
            return List.of();
        }
        return List.of(
            Posting.debit(ChartOfAccounts.cash(participant.id()), deposit),
            Posting.credit(ChartOfAccounts.depositsAccount(participant.homeExchange()), deposit));
    }

    /**
     * The postings of a fill.
     *
     * @throws RejectedRecordException when buyer or seller is no configured participant.
     */
    public List<Posting> fill(final Fill fill)
    {
        final Party buyer = party(fill.buyer(), "buyer");
        final Party seller = party(fill.seller(), "seller");
        final List<Posting> postings = new ArrayList<>(6);
        postings.add(Posting.credit(buyer.cash, fill.notional()));
        postings.add(Posting.debit(buyer.escrow, fill.notional()));
        addFee(postings, buyer, (fill.buyerAggressed() ? buyer.taker : buyer.maker).of(fill.notional()));
        addFee(postings, seller, (fill.buyerAggressed() ? seller.maker : seller.taker).of(fill.notional()));
        return postings;
    }

    /**
     * The postings of a settlement event (escrow release, refund or penalty).
     *
     * @throws RejectedRecordException when buyer or provider is no configured participant.
     */
    public List<Posting> settlement(final SettlementEvent event)
    {
        final Participant buyer = participant(event.buyer(), "buyer");
        final Participant provider = participant(event.provider(), "provider");
        final List<Posting> postings = new ArrayList<>(4);
        switch (event.kind())
        {
            case ESCROW_RELEASE -> transfer(postings, ChartOfAccounts.escrow(buyer.id()), buyer,
                ChartOfAccounts.cash(provider.id()), provider, event.amount());
            case REFUND ->
            {
                postings.add(Posting.credit(ChartOfAccounts.escrow(buyer.id()), event.amount()));
                postings.add(Posting.debit(ChartOfAccounts.cash(buyer.id()), event.amount()));
            }
            case PENALTY -> transfer(postings, ChartOfAccounts.cash(provider.id()), provider,
                ChartOfAccounts.cash(buyer.id()), buyer, event.amount());
            default -> throw new RejectedRecordException("not a settlement kind: " + event.kind());
        }
        return postings;
    }

    /** Money from one participant's account to another's; through both clearing accounts when their exchanges differ. */
    private void transfer(final List<Posting> postings, final String from, final Participant payer, final String to,
        final Participant payee, final long amount)
    {
        postings.add(Posting.credit(from, amount));
        if (payer.homeExchange() != payee.homeExchange())
        {
            postings.add(Posting.debit(chart.exchangeClearing(payer.homeExchange()), amount));
            postings.add(Posting.credit(chart.exchangeClearing(payee.homeExchange()), amount));
        }
        postings.add(Posting.debit(to, amount));
    }

    private static void addFee(final List<Posting> postings, final Party payer, final long fee)
    {
        if (fee > 0)
        {
            postings.add(Posting.credit(payer.fees, fee));
            postings.add(Posting.debit(payer.exchangeFees, fee));
        }
    }

    /** Notional x rate in basis points, rounded half up to the fixed point's 4 decimals. */
    static long fee(final long notional, final FeeRates rates, final boolean taker)
    {
        return new FeeRate(taker ? rates.takerBps() : rates.makerBps()).of(notional);
    }

    /** The fee in BigDecimal: the definition the long arithmetic of {@link FeeRate} must equal. */
    static long exactFee(final long notional, final BigDecimal bps)
    {
        return BigDecimal.valueOf(notional, FixedPoint.SCALE).multiply(bps)
            .divide(BASIS_POINTS, FixedPoint.SCALE, RoundingMode.HALF_UP)
            .unscaledValue().longValueExact();
    }

    private Party party(final String id, final String role)
    {
        final Party party = parties.get(id);
        if (party == null)
        {
            throw new RejectedRecordException(role + " '" + id + "' is not a configured participant");
        }
        return party;
    }

    private Participant participant(final String id, final String role)
    {
        return chart.participant(id).orElseThrow(() ->
            new RejectedRecordException(role + " '" + id + "' is not a configured participant"));
    }

    private static long fixedPoint(final BigDecimal amount)
    {
        return amount.setScale(FixedPoint.SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }
}
