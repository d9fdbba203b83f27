package com.guishen.gscx.settlement;

import com.guishen.gscx.config.ExchangeId;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Nets a cycle's gross postings: per participant the sum of its cash and escrow postings, per
 * exchange the sum of its clearing postings; and turns the nets into settlement instructions.
 * Pure: the same events in the same order give the same nets and instruction ids.
 */
final class Netting
{
    private Netting()
    {
    }

    /** Participant nets (sorted by id, zeros left out) and the participants' home exchanges. */
    static Map<String, Long> participantNets(final List<SettlementEvent> events, final Map<String, ExchangeId> homes)
    {
        final Map<String, Long> nets = new TreeMap<>();
        for (final SettlementEvent event : events)
        {
            for (final GrossPosting posting : event.grossPostings())
            {
                if (posting.account() != GrossPosting.Account.CLEARING)
                {
                    nets.merge(posting.owner(), posting.amount(), Math::addExact);
                    homes.put(posting.owner(), posting.exchange());
                }
            }
        }
        nets.values().removeIf(net -> net == 0);
        return nets;
    }

    /** Clearing nets per exchange, zeros left out. */
    static Map<ExchangeId, Long> clearingNets(final List<SettlementEvent> events)
    {
        final Map<ExchangeId, Long> nets = new EnumMap<>(ExchangeId.class);
        for (final SettlementEvent event : events)
        {
            for (final GrossPosting posting : event.grossPostings())
            {
                if (posting.account() == GrossPosting.Account.CLEARING)
                {
                    nets.merge(posting.exchange(), posting.amount(), Math::addExact);
                }
            }
        }
        nets.values().removeIf(net -> net == 0);
        return nets;
    }

    /**
     * The payments that settle the nets: a participant owed money is paid by its home exchange, one
     * that owes pays it; the exchange whose clearing account holds money for the other pays it over.
     */
    static List<SettlementInstruction> instructions(final long cycleId, final Map<String, Long> participantNets,
        final Map<String, ExchangeId> homes, final Map<ExchangeId, Long> clearingNets)
    {
        final List<SettlementInstruction> instructions = new ArrayList<>();
        for (final Map.Entry<String, Long> net : participantNets.entrySet())
        {
            final String exchange = homes.get(net.getKey()).name();
            final boolean owed = net.getValue() > 0;
            instructions.add(new SettlementInstruction(SettlementInstruction.instructionId(cycleId, instructions.size() + 1),
                cycleId, owed ? exchange : net.getKey(), owed ? net.getKey() : exchange, Math.abs(net.getValue()),
                SettlementInstruction.CNY));
        }
        for (final Map.Entry<ExchangeId, Long> net : clearingNets.entrySet())
        {
            if (net.getValue() > 0)
            {
                final ExchangeId payee = net.getKey() == ExchangeId.SZDE ? ExchangeId.GYBDE : ExchangeId.SZDE;
                instructions.add(new SettlementInstruction(
                    SettlementInstruction.instructionId(cycleId, instructions.size() + 1), cycleId, net.getKey().name(),
                    payee.name(), net.getValue(), SettlementInstruction.CNY));
            }
        }
        return instructions;
    }
}
