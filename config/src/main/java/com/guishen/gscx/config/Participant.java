package com.guishen.gscx.config;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A member firm that trades on gscx: who it is, which exchange it belongs to, what it may do,
 * and the limits pre-trade risk applies to it (DESIGN.md section 2).
 *
 * @param id                  FIX username and id on every interface; matches {@code [A-Za-z0-9_-]{1,16}}.
 * @param name                display name.
 * @param homeExchange        the exchange it is a member of; its fees go there.
 * @param roles               BUYER, PROVIDER or both; never empty.
 * @param fixCredentials      salted hash of its FIX password.
 * @param creditLimit         CNY a buyer may have open and unsettled; 0 = unlimited (default 0).
 * @param capacity            what a provider may sell, per resource and site; empty for buyers only.
 * @param selfTradePrevention what happens when it would trade with itself; default CANCEL_AGGRESSOR.
 * @param fees                its fee rates; default the home exchange's rates in {@link FeeSchedule}.
 * @param openingDeposit      CNY it has deposited when the ledger opens: the opening balance of its
 *                            {@code cash} account; >= 0, at most 4 decimals (default 0).
 */
public record Participant(
    String id,
    String name,
    ExchangeId homeExchange,
    Set<Role> roles,
    FixCredentials fixCredentials,
    BigDecimal creditLimit,
    List<Capacity> capacity,
    SelfTradePrevention selfTradePrevention,
    FeeRates fees,
    BigDecimal openingDeposit)
{
    /** The self-trade prevention of a participant that does not choose one. */
    public static final SelfTradePrevention DEFAULT_SELF_TRADE_PREVENTION = SelfTradePrevention.CANCEL_AGGRESSOR;

    public Participant
    {
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        capacity = List.copyOf(capacity);
    }

    /** Whether it may buy. */
    public boolean isBuyer()
    {
        return roles.contains(Role.BUYER);
    }

    /** Whether it may sell (provide) compute. */
    public boolean isProvider()
    {
        return roles.contains(Role.PROVIDER);
    }

    /** Roles as the engine declares them: {@code B}, {@code S} or {@code BS}. */
    public String roleCode()
    {
        return (isBuyer() ? "B" : "") + (isProvider() ? "S" : "");
    }

    /**
     * Units it has registered for the instrument's resource and site: the most it may sell
     * in that instrument's window; 0 when it has none.
     */
    public long capacityFor(final InstrumentDefinition instrument)
    {
        long units = 0;
        for (final Capacity registered : capacity)
        {
            if (registered.resource().equals(instrument.resource()) && registered.site().equals(instrument.site()))
            {
                units += registered.units();
            }
        }
        return units;
    }
}
