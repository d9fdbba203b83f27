package com.guishen.gscx.ledger;

import com.guishen.gscx.config.Exchange;
import com.guishen.gscx.config.ExchangeId;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.Participant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every account of the ledger (DESIGN.md section 7), derived from the market configuration:
 * per participant {@code <id>.cash}, {@code <id>.escrow} and {@code <id>.fees}; per exchange
 * its configured fee and clearing accounts and {@code <exchange>.deposits}, the members' money
 * the exchange holds (the other side of every opening deposit). Each account belongs to one
 * exchange (a participant's accounts to its home exchange) and has a floor.
 */
public final class ChartOfAccounts
{
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final Map<ExchangeId, Exchange> exchanges = new EnumMap<>(ExchangeId.class);

    /** An account: its id, the exchange it belongs to, and its floor. */
    public record Account(String id, ExchangeId exchange, AccountFloor floor, String owner)
    {
    }

    /**
     * @throws IllegalArgumentException when two accounts would have the same id (e.g. a participant
     *                                  called {@code SZDE} next to the account {@code SZDE.fees}).
     */
    public ChartOfAccounts(final MarketConfig config)
    {
        for (final Exchange exchange : config.exchanges())
        {
            exchanges.put(exchange.id(), exchange);
            add(new Account(exchange.feeAccount(), exchange.id(), AccountFloor.NOT_NEGATIVE, exchange.id().name()));
            add(new Account(exchange.clearingAccount(), exchange.id(), AccountFloor.NONE, exchange.id().name()));
            add(new Account(depositsAccount(exchange.id()), exchange.id(), AccountFloor.NOT_POSITIVE, exchange.id().name()));
        }
        for (final Participant participant : config.participants())
        {
            participants.put(participant.id(), participant);
            add(new Account(cash(participant.id()), participant.homeExchange(), AccountFloor.NOT_NEGATIVE, participant.id()));
            add(new Account(escrow(participant.id()), participant.homeExchange(), AccountFloor.NOT_NEGATIVE, participant.id()));
            add(new Account(fees(participant.id()), participant.homeExchange(), AccountFloor.NOT_POSITIVE, participant.id()));
        }
    }

    private void add(final Account account)
    {
        final Account clash = accounts.putIfAbsent(account.id(), account);
        if (clash != null)
        {
            throw new IllegalArgumentException("ledger account " + account.id() + " of " + account.owner() +
                " has the same id as an account of " + clash.owner() + ": rename the participant or the exchange's account");
        }
    }

    public static String cash(final String participant)
    {
        return participant + ".cash";
    }

    public static String escrow(final String participant)
    {
        return participant + ".escrow";
    }

    public static String fees(final String participant)
    {
        return participant + ".fees";
    }

    public static String depositsAccount(final ExchangeId exchange)
    {
        return exchange.name() + ".deposits";
    }

    /** The fee revenue account of an exchange. */
    public String exchangeFees(final ExchangeId exchange)
    {
        return exchanges.get(exchange).feeAccount();
    }

    /** The clearing account of an exchange. */
    public String exchangeClearing(final ExchangeId exchange)
    {
        return exchanges.get(exchange).clearingAccount();
    }

    public Optional<Participant> participant(final String id)
    {
        return Optional.ofNullable(participants.get(id));
    }

    /** The participants in configuration order. */
    public List<Participant> participants()
    {
        return List.copyOf(participants.values());
    }

    public Optional<Account> account(final String id)
    {
        return Optional.ofNullable(accounts.get(id));
    }

    /** The account, or null when there is none of that id (the booking path's look-up: no Optional). */
    Account find(final String id)
    {
        return accounts.get(id);
    }

    /** Every account, exchanges' first, in configuration order. */
    public List<Account> accounts()
    {
        return Collections.unmodifiableList(new ArrayList<>(accounts.values()));
    }

    /** The accounts of a participant. */
    public List<String> accountsOf(final String participant)
    {
        return List.of(cash(participant), escrow(participant), fees(participant));
    }

    /** Every account that belongs to an exchange, its members' included. */
    public List<String> accountsOf(final ExchangeId exchange)
    {
        final List<String> ids = new ArrayList<>();
        for (final Account account : accounts.values())
        {
            if (account.exchange() == exchange)
            {
                ids.add(account.id());
            }
        }
        return ids;
    }
}
