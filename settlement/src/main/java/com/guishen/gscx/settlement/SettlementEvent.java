package com.guishen.gscx.settlement;

import com.guishen.gscx.config.ExchangeId;

import java.util.ArrayList;
import java.util.List;

/**
 * A money movement caused by a delivery outcome, published on {@code gscx.settlement} for the
 * ledger to book, and counted in the settlement cycle of its time.
 *
 * @param kind             release, refund or penalty.
 * @param tradeId          the fill (and obligation) it settles.
 * @param fill             the fill's Kafka record: the ledger books this event only after that fill.
 * @param time             when it happened on settlement's clock, epoch nanoseconds.
 * @param cycleId          the settlement cycle it belongs to ({@link SettlementCycles#cycleId}).
 * @param buyer            the buyer.
 * @param buyerExchange    the buyer's home exchange.
 * @param provider         the provider.
 * @param providerExchange the provider's home exchange.
 * @param amount           fixed-point CNY, > 0.
 */
public record SettlementEvent(
    SettlementEventKind kind,
    long tradeId,
    InputSource fill,
    long time,
    long cycleId,
    String buyer,
    ExchangeId buyerExchange,
    String provider,
    ExchangeId providerExchange,
    long amount)
{
    public static final String TYPE = "SETTLEMENT_EVENT";

    /** {@code RELEASE/42}, {@code REFUND/42}, {@code PENALTY/42}: what the ledger dedupes by. */
    public String eventId()
    {
        return kind.eventId(tradeId);
    }

    /**
     * The gross postings the ledger makes for it (DESIGN.md section 7), as signed changes of
     * balances (debit +, credit -): participants' {@code cash} and {@code escrow}, and the exchanges'
     * clearing accounts when the money crosses between exchanges. Netting sums exactly these.
     */
    public List<GrossPosting> grossPostings()
    {
        final List<GrossPosting> postings = new ArrayList<>(4);
        switch (kind)
        {
            case ESCROW_RELEASE -> transfer(postings, buyer, buyerExchange, GrossPosting.Account.ESCROW,
                provider, providerExchange, GrossPosting.Account.CASH);
            case REFUND ->
            {
                postings.add(new GrossPosting(buyer, buyerExchange, GrossPosting.Account.ESCROW, -amount));
                postings.add(new GrossPosting(buyer, buyerExchange, GrossPosting.Account.CASH, amount));
            }
            case PENALTY -> transfer(postings, provider, providerExchange, GrossPosting.Account.CASH,
                buyer, buyerExchange, GrossPosting.Account.CASH);
            default -> throw new IllegalStateException(kind.name());
        }
        return postings;
    }

    private void transfer(final List<GrossPosting> postings, final String from, final ExchangeId fromExchange,
        final GrossPosting.Account fromAccount, final String to, final ExchangeId toExchange,
        final GrossPosting.Account toAccount)
    {
        postings.add(new GrossPosting(from, fromExchange, fromAccount, -amount));
        if (fromExchange != toExchange)
        {
            // the paying side's exchange holds the money for the other exchange; the receiving one is owed it
            postings.add(new GrossPosting(fromExchange.name(), fromExchange, GrossPosting.Account.CLEARING, amount));
            postings.add(new GrossPosting(toExchange.name(), toExchange, GrossPosting.Account.CLEARING, -amount));
        }
        postings.add(new GrossPosting(to, toExchange, toAccount, amount));
    }
}
