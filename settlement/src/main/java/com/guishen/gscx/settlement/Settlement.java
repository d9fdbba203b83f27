package com.guishen.gscx.settlement;

import com.guishen.gscx.config.ExchangeId;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.Participant;
import com.guishen.gscx.config.SettlementSettings;
import com.guishen.gscx.events.FixedPoint;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settlement's state and rules, deterministic and single-writer: inputs in, outputs out, no clock
 * of its own and no I/O. The clock is the time the inputs carry (engine time of fills, the time of
 * deliveries records): before an input at time t is applied, every obligation whose deadline
 * (window end + grace) is before t is decided, and every cycle that ends at or before t is closed,
 * in time order. The same inputs in the same order therefore give the same outputs, byte for byte.
 * <p>
 * Rules: a fill creates a PENDING obligation. Confirmations add delivered unit-hours; reaching the
 * obligated unit-hours makes it CONFIRMED at once (escrow released). At its deadline a PENDING one
 * becomes PARTIAL (the delivered share released, the rest refunded, a penalty on the rest) or FAILED
 * (all refunded, a penalty on all). Confirmations are rejected, with the reason, when the id is
 * unknown, the sender is neither the provider nor an operator, they would exceed what is obligated,
 * the obligation is decided already, the window has not started, or the confirmation id was applied before.
 * A failure report (the provider's or an operator's) decides a PENDING obligation at once, as its
 * deadline would; it is rejected when the id is unknown, the sender may not, or it is decided already.
 */
public final class Settlement
{
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, Participant> participants = new HashMap<>();
    private final Set<String> operators;
    private final DeliveryWindows windows;
    private final SettlementCycles calendar;
    private final long grace;
    private final BigDecimal penaltyPct;
    private final ReliabilityScores reliability;
    private final InputReader reader = new InputReader();

    private final Map<Long, DeliveryObligation> obligations = new LinkedHashMap<>();
    private final TreeSet<DeliveryObligation> pending = new TreeSet<>(
        Comparator.comparingLong(DeliveryObligation::deadline).thenComparingLong(DeliveryObligation::tradeId));
    private final Set<String> confirmations = new HashSet<>();
    private final Map<String, Long> nextOffsets = new LinkedHashMap<>();
    private final List<SettlementCycle> cycles = new ArrayList<>();
    private final List<SettlementEvent> openEvents = new ArrayList<>();
    private long clock = Long.MIN_VALUE;
    private long openCycle = Long.MIN_VALUE;
    private long inputs;

    public Settlement(final MarketConfig config)
    {
        config.participants().forEach(participant -> participants.put(participant.id(), participant));
        final SettlementSettings settings = config.settlement();
        this.operators = Set.copyOf(settings.operators());
        this.windows = new DeliveryWindows(config);
        this.calendar = new SettlementCycles(settings.cyclePeriod().toNanos());
        this.grace = settings.deliveryConfirmationGrace().toNanos();
        this.penaltyPct = settings.deliveryFailurePenaltyPct();
        this.reliability = new ReliabilityScores(settings.reliabilityWindow().toNanos());
    }

    /** Applies a {@code gscx.fills} record. */
    public List<SettlementOutput> onFill(final InputSource source, final byte[] value)
    {
        final List<SettlementOutput> outputs = new ArrayList<>();
        consumed(source);
        final FillInput fill;
        final DeliveryObligation obligation;
        try
        {
            fill = reader.fill(value);
            if (obligations.containsKey(fill.tradeId()))
            {
                return outputs; // a duplicate fill: its obligation exists
            }
            obligation = obligation(source, fill);
        }
        catch (final RejectedInputException ex)
        {
            outputs.add(reject(source, ex.getMessage(), value));
            return outputs;
        }
        advanceTo(fill.time(), outputs);
        obligations.put(fill.tradeId(), obligation);
        pending.add(obligation);
        return outputs;
    }

    /** Applies a {@code gscx.deliveries} record: a confirmation, a failure, or a clock tick. */
    public List<SettlementOutput> onDelivery(final InputSource source, final byte[] value)
    {
        final List<SettlementOutput> outputs = new ArrayList<>();
        consumed(source);
        final InputReader.DeliveryRecord record;
        try
        {
            record = reader.delivery(value);
        }
        catch (final RejectedInputException ex)
        {
            outputs.add(reject(source, ex.getMessage(), value));
            return outputs;
        }
        advanceTo(record.time(), outputs);
        if (record.confirmation() != null || record.failure() != null)
        {
            try
            {
                if (record.confirmation() != null)
                {
                    confirm(record.confirmation(), outputs);
                }
                else
                {
                    fail(record.failure(), outputs);
                }
            }
            catch (final RejectedInputException ex)
            {
                outputs.add(reject(source, ex.getMessage(), value));
            }
        }
        return outputs;
    }

    private DeliveryObligation obligation(final InputSource source, final FillInput fill)
    {
        final Participant buyer = participant(fill.buyer(), "buyer");
        final Participant provider = participant(fill.provider(), "seller");
        final DeliveryWindow window = windows.of(fill.symbol(), fill.deliveryHours());
        return new DeliveryObligation(fill.tradeId(), source, fill.symbol(), buyer.id(), buyer.homeExchange(),
            provider.id(), provider.homeExchange(), fill.quantity(), fill.deliveryHours(), fill.notional(), window,
            window.end() + grace);
    }

    private Participant participant(final String id, final String role)
    {
        final Participant participant = participants.get(id);
        if (participant == null)
        {
            throw new RejectedInputException(role + " '" + id + "' is not a configured participant");
        }
        return participant;
    }

    private void confirm(final DeliveryConfirmation confirmation, final List<SettlementOutput> outputs)
    {
        final DeliveryObligation obligation = obligations.get(confirmation.tradeId());
        final String id = DeliveryObligation.obligationId(confirmation.tradeId());
        if (obligation == null)
        {
            throw new RejectedInputException("unknown obligation " + id);
        }
        if (confirmations.contains(confirmation.confirmationId()))
        {
            throw new RejectedInputException("duplicate confirmation " + confirmation.confirmationId() + ": applied before");
        }
        if (!confirmation.confirmedBy().equals(obligation.provider()) && !operators.contains(confirmation.confirmedBy()))
        {
            throw new RejectedInputException(confirmation.confirmedBy() + " may not confirm " + id +
                ": only its provider " + obligation.provider() + " or an operator may");
        }
        if (obligation.state() != ObligationState.PENDING)
        {
            throw new RejectedInputException(id + " was decided " + obligation.state() + " already: a confirmation " +
                "after the decision is not applied");
        }
        if (confirmation.time() < obligation.window().start())
        {
            throw new RejectedInputException(id + ": its delivery window has not started at the confirmation's time");
        }
        final long remaining = obligation.obligatedUnitHours() - obligation.deliveredUnitHours();
        if (confirmation.deliveredUnitHours() > remaining)
        {
            throw new RejectedInputException("more than obligated: " + amount(confirmation.deliveredUnitHours()) +
                " unit-hours confirmed, " + amount(remaining) + " of " + amount(obligation.obligatedUnitHours()) +
                " left on " + id);
        }
        confirmations.add(confirmation.confirmationId());
        obligation.confirm(confirmation.deliveredUnitHours(), confirmation.evidence());
        if (obligation.deliveredUnitHours() == obligation.obligatedUnitHours())
        {
            decide(obligation, clock, outputs);
        }
    }

    private void fail(final DeliveryFailure failure, final List<SettlementOutput> outputs)
    {
        final DeliveryObligation obligation = obligations.get(failure.tradeId());
        final String id = DeliveryObligation.obligationId(failure.tradeId());
        if (obligation == null)
        {
            throw new RejectedInputException("unknown obligation " + id);
        }
        if (!failure.reportedBy().equals(obligation.provider()) && !operators.contains(failure.reportedBy()))
        {
            throw new RejectedInputException(failure.reportedBy() + " may not report " + id +
                " failed: only its provider " + obligation.provider() + " or an operator may");
        }
        if (obligation.state() != ObligationState.PENDING)
        {
            throw new RejectedInputException(id + " was decided " + obligation.state() + " already: a failure " +
                "after the decision is not applied");
        }
        decide(obligation, clock, outputs);
    }

    /** Moves the clock to {@code time}: deadlines before it are decided, cycles ending by it closed, in time order. */
    private void advanceTo(final long time, final List<SettlementOutput> outputs)
    {
        if (openCycle == Long.MIN_VALUE)
        {
            openCycle = calendar.index(time);
        }
        while (true)
        {
            final long cycleEnd = calendar.end(openCycle);
            final DeliveryObligation next = pending.isEmpty() ? null : pending.first();
            if (next != null && next.deadline() < time && next.deadline() < cycleEnd)
            {
                clock = Math.max(clock, next.deadline());
                decide(next, clock, outputs);
            }
            else if (cycleEnd <= time)
            {
                closeCycle(outputs);
                final long due = next != null && next.deadline() < time ? calendar.index(next.deadline()) : Long.MAX_VALUE;
                openCycle = Math.max(openCycle + 1, Math.min(calendar.index(time), due));
            }
            else
            {
                break;
            }
        }
        clock = Math.max(clock, time);
    }

    private void decide(final DeliveryObligation obligation, final long time, final List<SettlementOutput> outputs)
    {
        pending.remove(obligation);
        final long released = BigInteger.valueOf(obligation.notional())
            .multiply(BigInteger.valueOf(obligation.deliveredUnitHours()))
            .divide(BigInteger.valueOf(obligation.obligatedUnitHours())).longValueExact();
        final long refunded = obligation.notional() - released;
        final long penalty = BigDecimal.valueOf(refunded).multiply(penaltyPct)
            .divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
        final ObligationState outcome = refunded == 0 ? ObligationState.CONFIRMED :
            obligation.deliveredUnitHours() > 0 ? ObligationState.PARTIAL : ObligationState.FAILED;
        obligation.decide(outcome, time, released, refunded, penalty);
        reliability.decided(obligation.provider(), time, obligation.deliveredUnitHours(), obligation.obligatedUnitHours());
        final long cycleId = calendar.cycleId(openCycle);
        outputs.add(new SettlementOutput(SettlementOutput.Destination.SETTLEMENT,
            SettlementJson.decision(obligation, cycleId)));
        event(SettlementEventKind.ESCROW_RELEASE, obligation, time, cycleId, released, outputs);
        event(SettlementEventKind.REFUND, obligation, time, cycleId, refunded, outputs);
        event(SettlementEventKind.PENALTY, obligation, time, cycleId, penalty, outputs);
    }

    private void event(final SettlementEventKind kind, final DeliveryObligation obligation, final long time,
        final long cycleId, final long amount, final List<SettlementOutput> outputs)
    {
        if (amount <= 0)
        {
            return;
        }
        final SettlementEvent event = new SettlementEvent(kind, obligation.tradeId(), obligation.fill(), time, cycleId,
            obligation.buyer(), obligation.buyerExchange(), obligation.provider(), obligation.providerExchange(), amount);
        openEvents.add(event);
        outputs.add(new SettlementOutput(SettlementOutput.Destination.SETTLEMENT, SettlementJson.event(event)));
    }

    /** Closes the open cycle when anything happened in it: nets, instructions, reliability. */
    private void closeCycle(final List<SettlementOutput> outputs)
    {
        if (openEvents.isEmpty())
        {
            return;
        }
        final long cycleId = calendar.cycleId(openCycle);
        final long end = calendar.end(openCycle);
        final Map<String, ExchangeId> homes = new HashMap<>();
        final Map<String, Long> participantNets = Netting.participantNets(openEvents, homes);
        final Map<ExchangeId, Long> clearingNets = Netting.clearingNets(openEvents);
        final List<SettlementInstruction> instructions =
            Netting.instructions(cycleId, participantNets, homes, clearingNets);
        final SettlementCycle cycle = new SettlementCycle(cycleId, calendar.start(openCycle), end,
            calendar.endsTheDay(openCycle), List.copyOf(openEvents), participantNets, clearingNets, instructions,
            reliability.scores(end));
        cycles.add(cycle);
        openEvents.clear();
        outputs.add(new SettlementOutput(SettlementOutput.Destination.SETTLEMENT, SettlementJson.cycle(cycle)));
        for (final SettlementInstruction instruction : instructions)
        {
            outputs.add(new SettlementOutput(SettlementOutput.Destination.SETTLEMENT, SettlementJson.instruction(instruction)));
        }
    }

    private void consumed(final InputSource source)
    {
        inputs++;
        nextOffsets.merge(source.topic() + "/" + source.partition(), source.offset() + 1, Math::max);
    }

    private static SettlementOutput reject(final InputSource source, final String reason, final byte[] value)
    {
        return new SettlementOutput(SettlementOutput.Destination.REJECTS, SettlementJson.reject(source, reason, text(value)));
    }

    private static String amount(final long fixedPoint)
    {
        return FixedPoint.toString(fixedPoint);
    }

    private static String text(final byte[] value)
    {
        if (value == null)
        {
            return "";
        }
        try
        {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(value)).toString();
        }
        catch (final java.nio.charset.CharacterCodingException ex)
        {
            return "";
        }
    }

    /** The offset to read a partition from next: one past the last applied, -1 when none was. */
    public long nextOffset(final String topic, final int partition)
    {
        return nextOffsets.getOrDefault(topic + "/" + partition, -1L);
    }

    /** Settlement's clock: the latest time its inputs carried, epoch ns (Long.MIN_VALUE before any). */
    public long clock()
    {
        return clock;
    }

    /** How many inputs it has applied (every record, duplicates and rejects included). */
    public long inputs()
    {
        return inputs;
    }

    public Optional<DeliveryObligation> obligation(final long tradeId)
    {
        return Optional.ofNullable(obligations.get(tradeId));
    }

    /** Every obligation, in the order of their fills. */
    public List<DeliveryObligation> obligations()
    {
        return List.copyOf(obligations.values());
    }

    /** The closed cycles, oldest first. */
    public List<SettlementCycle> cycles()
    {
        return List.copyOf(cycles);
    }

    /** The events of the cycle still open. */
    public List<SettlementEvent> openCycleEvents()
    {
        return List.copyOf(openEvents);
    }

    /** How many cycles have closed: a caller can tell which of {@link #cycles()} are new. */
    public int closedCycles()
    {
        return cycles.size();
    }

    public ReliabilityScores reliability()
    {
        return reliability;
    }

    public SettlementCycles calendar()
    {
        return calendar;
    }
}
