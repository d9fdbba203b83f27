package com.guishen.gscx.ledger;

import com.guishen.gscx.config.FeeRates;
import com.guishen.gscx.config.Participant;
import com.guishen.gscx.events.FixedPoint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

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

    public PostingRules(final ChartOfAccounts chart)
    {
        this.chart = chart;
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
        final Participant buyer = participant(fill.buyer(), "buyer");
        final Participant seller = participant(fill.seller(), "seller");
        final List<Posting> postings = new ArrayList<>(6);
        postings.add(Posting.credit(ChartOfAccounts.cash(buyer.id()), fill.notional()));
        postings.add(Posting.debit(ChartOfAccounts.escrow(buyer.id()), fill.notional()));
        addFee(postings, buyer, fee(fill.notional(), buyer.fees(), fill.buyerAggressed()));
        addFee(postings, seller, fee(fill.notional(), seller.fees(), !fill.buyerAggressed()));
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

    private void addFee(final List<Posting> postings, final Participant payer, final long fee)
    {
        if (fee > 0)
        {
            postings.add(Posting.credit(ChartOfAccounts.fees(payer.id()), fee));
            postings.add(Posting.debit(chart.exchangeFees(payer.homeExchange()), fee));
        }
    }

    /** Notional x rate in basis points, rounded half up to the fixed point's 4 decimals. */
    static long fee(final long notional, final FeeRates rates, final boolean taker)
    {
        final BigDecimal bps = taker ? rates.takerBps() : rates.makerBps();
        return BigDecimal.valueOf(notional, FixedPoint.SCALE).multiply(bps)
            .divide(BASIS_POINTS, FixedPoint.SCALE, RoundingMode.HALF_UP)
            .unscaledValue().longValueExact();
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
