package com.guishen.gscx.settlement;

import com.guishen.gscx.config.ExchangeId;

import java.util.List;
import java.util.Map;

/**
 * A closed settlement cycle: the gross events of its period netted per participant and between
 * the two exchanges, and the instructions that settle those nets.
 *
 * @param cycleId           {@code yyyyMMddHHmm} of its start in CST.
 * @param start             epoch ns, inclusive.
 * @param end               epoch ns, exclusive.
 * @param endOfDay          whether it closes at 00:00 CST.
 * @param events            the settlement events of the period, in the order they happened.
 * @param participantNets   per participant (sorted by id), the net of its cash and escrow postings:
 *                          + its home exchange owes it, - it owes its home exchange; zeros left out.
 * @param clearingNets      per exchange, the net of its clearing account's postings: + it holds money
 *                          for the other exchange, - the other exchange holds money for it.
 * @param instructions      the payments, participants' first (sorted by id), then the inter-exchange one.
 * @param reliability       per provider with decided deliveries in the reliability window, its score as a
 *                          fixed-point fraction (1.0000 = everything delivered).
 */
public record SettlementCycle(
    long cycleId,
    long start,
    long end,
    boolean endOfDay,
    List<SettlementEvent> events,
    Map<String, Long> participantNets,
    Map<ExchangeId, Long> clearingNets,
    List<SettlementInstruction> instructions,
    Map<String, Long> reliability)
{
    public static final String TYPE = "CYCLE_CLOSED";
}
