package com.guishen.gscx.settlement;

import com.guishen.gscx.config.ExchangeId;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.config.Participant;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static com.guishen.gscx.settlement.Inputs.DAY_START;
import static com.guishen.gscx.settlement.Inputs.HOUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The netting identity over a random day of hourly deliveries: in every cycle, each participant's
 * net and each exchange's clearing net equal the sums of the cycle's gross postings; the
 * instructions move exactly those nets; each exchange's members and clearing account sum to 0.
 */
class NettingTest
{
    private static final MarketConfig MARKET = MarketConfigLoader.loadDefault();
    private static final List<String> BUYERS = List.of("szai-lab", "sz-render", "sz-medimg", "qianyun");
    private static final List<String> PROVIDERS = List.of("guian-dc", "gy-hpc", "qianyun");

    @Test
    void nettedAmountsEqualTheSumOfTheGrossPostingsPerParticipantAndPerExchange()
    {
        final Settlement settlement = new Settlement(MARKET);
        final Inputs inputs = Inputs.inputs();
        final SplittableRandom random = new SplittableRandom(42);
        long notional = 0;
        for (int trade = 1; trade <= 2_000; trade++)
        {
            final int hour = random.nextInt(20);
            String buyer = BUYERS.get(random.nextInt(BUYERS.size()));
            final String provider = PROVIDERS.get(random.nextInt(PROVIDERS.size()));
            buyer = buyer.equals(provider) ? "sz-render" : buyer;
            final long units = 8L * (1 + random.nextInt(4));
            final String symbol = String.format("EPYC9654.GUIAN.H20261201%02d", hour);
            final String price = "0." + (150 + random.nextInt(50));
            final long time = DAY_START - HOUR + trade * 1_000L;
            assertEquals(List.of(), settlement.onFill(inputs.nextFill(),
                Inputs.fill(trade, time, symbol, 1, buyer, provider, price, units)));
            notional += settlement.obligation(trade).orElseThrow().notional();
        }
        for (int hour = 0; hour < 24; hour++)
        {
            for (int trade = 1; trade <= 2_000; trade++)
            {
                final DeliveryObligation obligation = settlement.obligation(trade).orElseThrow();
                if (obligation.window().start() == DAY_START + hour * HOUR && random.nextInt(3) > 0)
                {
                    final long unitHours = random.nextBoolean() ? obligation.units() : 1 + random.nextInt((int)obligation.units());
                    settlement.onDelivery(inputs.nextDelivery(), Inputs.confirmation("c" + trade, trade,
                        Long.toString(unitHours), random.nextBoolean() ? obligation.provider() : "operator",
                        DAY_START + hour * HOUR + 30 * 60_000_000_000L + trade));
                }
            }
        }
        settlement.onDelivery(inputs.nextDelivery(), Inputs.clock(DAY_START + 30 * HOUR));

        assertTrue(settlement.closedCycles() >= 20, "a cycle per hour with deliveries or decisions");
        assertTrue(settlement.openCycleEvents().isEmpty());
        final Map<String, ExchangeId> homes = new HashMap<>();
        MARKET.participants().forEach(p -> homes.put(p.id(), p.homeExchange()));
        long releasedAndRefunded = 0;
        for (final SettlementCycle cycle : settlement.cycles())
        {
            final Map<String, Long> grossByParticipant = new HashMap<>();
            final Map<ExchangeId, Long> grossClearing = new EnumMap<>(ExchangeId.class);
            for (final SettlementEvent event : cycle.events())
            {
                assertEquals(cycle.cycleId(), event.cycleId());
                assertTrue(event.time() >= cycle.start() && event.time() < cycle.end(), "an event in its cycle's period");
                if (event.kind() != SettlementEventKind.PENALTY)
                {
                    releasedAndRefunded += event.amount();
                }
                long sum = 0;
                for (final GrossPosting posting : event.grossPostings())
                {
                    sum += posting.amount();
                    if (posting.account() == GrossPosting.Account.CLEARING)
                    {
                        grossClearing.merge(posting.exchange(), posting.amount(), Long::sum);
                    }
                    else
                    {
                        grossByParticipant.merge(posting.owner(), posting.amount(), Long::sum);
                    }
                }
                assertEquals(0, sum, "every event's postings balance");
            }
            grossByParticipant.values().removeIf(v -> v == 0);
            grossClearing.values().removeIf(v -> v == 0);
            assertEquals(grossByParticipant, cycle.participantNets(), "cycle " + cycle.cycleId() + ": participants");
            assertEquals(grossClearing, cycle.clearingNets(), "cycle " + cycle.cycleId() + ": clearing");

            final Map<String, Long> moved = new HashMap<>();
            for (final SettlementInstruction instruction : cycle.instructions())
            {
                assertTrue(instruction.amount() > 0);
                assertEquals("CNY", instruction.currency());
                moved.merge(instruction.payee(), instruction.amount(), Long::sum);
                moved.merge(instruction.payer(), -instruction.amount(), Long::sum);
            }
            for (final ExchangeId exchange : ExchangeId.values())
            {
                long members = 0;
                for (final Participant participant : MARKET.participants())
                {
                    if (participant.homeExchange() == exchange)
                    {
                        members += cycle.participantNets().getOrDefault(participant.id(), 0L);
                        assertEquals(cycle.participantNets().getOrDefault(participant.id(), 0L),
                            moved.getOrDefault(participant.id(), 0L), participant.id() + " is paid or pays its net");
                    }
                }
                assertEquals(0, members + cycle.clearingNets().getOrDefault(exchange, 0L),
                    exchange + ": its members' nets and its clearing net sum to 0");
            }
            assertEquals(cycle.clearingNets().getOrDefault(ExchangeId.SZDE, 0L), -moved.getOrDefault("SZDE", 0L) +
                    sumFor(cycle.participantNets(), homes, ExchangeId.SZDE),
                "SZDE pays or receives the one inter-exchange amount");
        }
        assertEquals(notional, releasedAndRefunded, "every obligation's escrow is released or refunded, once");
    }

    /** What the exchange pays its own members net (it receives what they owe). */
    private static long sumFor(final Map<String, Long> nets, final Map<String, ExchangeId> homes, final ExchangeId exchange)
    {
        long sum = 0;
        for (final Map.Entry<String, Long> net : nets.entrySet())
        {
            if (homes.get(net.getKey()) == exchange)
            {
                sum += net.getValue();
            }
        }
        return -sum;
    }
}
