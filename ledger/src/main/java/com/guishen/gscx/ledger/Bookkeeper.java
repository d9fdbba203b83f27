package com.guishen.gscx.ledger;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.Participant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Books events into the journal, one at a time, on one thread: reads the record, applies the
 * posting rules, checks the invariants, writes the entry to the journal and only then takes it
 * into the in-memory {@link Ledger}. Opening it replays the journal (and books the configured
 * opening deposits into a new one), so it resumes exactly where the last process stopped,
 * whenever that process died.
 */
public final class Bookkeeper implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(Bookkeeper.class);

    private final LedgerJournal journal;
    private final Ledger ledger;
    private final PostingRules rules;
    private final FillReader fills = new FillReader();
    private final SettlementEventReader settlementEvents = new SettlementEventReader();
    private long records;
    private boolean kafkaRecordsApplied;

    private Bookkeeper(final LedgerJournal journal, final ChartOfAccounts chart)
    {
        this.journal = journal;
        this.ledger = new Ledger(chart);
        this.rules = new PostingRules(chart);
    }

    /**
     * Opens the journal in {@code directory} for writing and replays it.
     *
     * @throws IllegalStateException when another process writes it, or a record of it breaks the chain.
     */
    public static Bookkeeper open(final Path directory, final MarketConfig config)
    {
        final ChartOfAccounts chart = new ChartOfAccounts(config);
        final LedgerJournal journal = LedgerJournal.openForWriting(directory);
        final Bookkeeper bookkeeper = new Bookkeeper(journal, chart);
        try
        {
            bookkeeper.replay();
            bookkeeper.bookOpeningDeposits(chart.participants());
            return bookkeeper;
        }
        catch (final RuntimeException ex)
        {
            journal.close();
            throw ex;
        }
    }

    private void replay()
    {
        final LedgerJournal.Reader reader = journal.reader();
        for (LedgerJournal.Record record = reader.next(); record != null; record = reader.next())
        {
            final EntrySource source = record.isEntry() ? record.entry().source() : record.skipped().source();
            kafkaRecordsApplied |= !EntrySource.CONFIG.equals(source.topic());
            if (record.isEntry())
            {
                ledger.apply(record.entry());
            }
            else
            {
                ledger.skip(record.skipped().source());
            }
        }
        records = reader.sequence();
    }

    /**
     * Books the configured opening deposits not booked yet: all of them on a new journal, the rest
     * of them after a ledger killed while it booked them. Once the ledger has applied a Kafka
     * record the books are open: a deposit added to the configuration later is not booked (it
     * needs a deposit event of its own), only reported.
     */
    private void bookOpeningDeposits(final List<Participant> participants)
    {
        for (int i = 0; i < participants.size(); i++)
        {
            final Participant participant = participants.get(i);
            final List<Posting> postings = rules.openingDeposit(participant);
            final String eventId = "DEPOSIT/" + participant.id();
            if (postings.isEmpty() || ledger.isBooked(eventId))
            {
                continue;
            }
            if (kafkaRecordsApplied)
            {
                LOG.warn("the opening deposit of {} is not booked: the ledger has booked trades already, and a deposit " +
                    "after the opening needs a deposit event", participant.id());
                continue;
            }
            write(ledger.prepare(EntryKind.OPENING_DEPOSIT, 0, new EntrySource(EntrySource.CONFIG, 0, i, eventId), postings));
        }
    }

    /**
     * Books one {@code gscx.fills} record.
     *
     * @return what happened; a malformed record or a refused entry is journaled as skipped.
     */
    public BookingOutcome bookFill(final String topic, final int partition, final long offset, final byte[] value)
    {
        final Fill fill;
        final List<Posting> postings;
        try
        {
            fill = fills.read(value);
            if (ledger.isFillBooked(fill.tradeId()))
            {
                ledger.skip(new EntrySource(topic, partition, offset, fill.eventId()));
                return new BookingOutcome(BookingOutcome.Result.DUPLICATE, null, null);
            }
            postings = rules.fill(fill);
        }
        catch (final RejectedRecordException ex)
        {
            return skip(new SkippedRecord(new EntrySource(topic, partition, offset, ""), SkippedRecord.REJECTED,
                ex.getMessage(), text(value)), BookingOutcome.Result.REJECTED);
        }
        final EntrySource source = new EntrySource(topic, partition, offset, fill.eventId());
        try
        {
            final JournalEntry entry = ledger.prepare(EntryKind.FILL, fill.time(), source, postings);
            write(entry);
            return new BookingOutcome(BookingOutcome.Result.BOOKED, entry, null);
        }
        catch (final InvariantViolationException ex)
        {
            LOG.error("ALERT: not booked, it would break the ledger: {} ({}/{} offset {})", ex.getMessage(), topic,
                partition, offset);
            return skip(new SkippedRecord(source, SkippedRecord.ALERT, ex.getMessage(), text(value)),
                BookingOutcome.Result.ALERT);
        }
    }

    /**
     * Books one {@code gscx.settlement} record: an escrow release, refund or penalty. A record that
     * moves no money is IGNORED; an event whose fill the ledger has not consumed yet is WAITING (the
     * caller offers it again after more fills), so that escrow is never released before it is held.
     *
     * @return what happened; a malformed record or a refused entry is journaled as skipped.
     */
    public BookingOutcome bookSettlement(final String topic, final int partition, final long offset, final byte[] value)
    {
        final SettlementEvent event;
        final List<Posting> postings;
        try
        {
            event = settlementEvents.read(value);
            if (event == null)
            {
                return new BookingOutcome(BookingOutcome.Result.IGNORED, null, null);
            }
            if (ledger.nextOffset(event.fillTopic(), event.fillPartition()) <= event.fillOffset())
            {
                return new BookingOutcome(BookingOutcome.Result.WAITING, null, null);
            }
            if (ledger.isBooked(event.eventId()))
            {
                ledger.skip(new EntrySource(topic, partition, offset, event.eventId()));
                return new BookingOutcome(BookingOutcome.Result.DUPLICATE, null, null);
            }
            postings = rules.settlement(event);
        }
        catch (final RejectedRecordException ex)
        {
            return skip(new SkippedRecord(new EntrySource(topic, partition, offset, ""), SkippedRecord.REJECTED,
                ex.getMessage(), text(value)), BookingOutcome.Result.REJECTED);
        }
        final EntrySource source = new EntrySource(topic, partition, offset, event.eventId());
        try
        {
            final JournalEntry entry = ledger.prepare(event.kind(), event.time(), source, postings);
            write(entry);
            return new BookingOutcome(BookingOutcome.Result.BOOKED, entry, null);
        }
        catch (final InvariantViolationException ex)
        {
            LOG.error("ALERT: not booked, it would break the ledger: {} ({}/{} offset {})", ex.getMessage(), topic,
                partition, offset);
            return skip(new SkippedRecord(source, SkippedRecord.ALERT, ex.getMessage(), text(value)),
                BookingOutcome.Result.ALERT);
        }
    }

    private BookingOutcome skip(final SkippedRecord skipped, final BookingOutcome.Result result)
    {
        journal.append(skipped);
        records++;
        ledger.skip(skipped.source());
        return new BookingOutcome(result, null, skipped);
    }

    private void write(final JournalEntry entry)
    {
        final EntryEncoder json = ledger.preparedJson(entry);
        if (json != null)
        {
            journal.append(json);
        }
        else
        {
            journal.append(entry);
        }
        records++;
        ledger.apply(entry);
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
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(value)).toString();
        }
        catch (final java.nio.charset.CharacterCodingException ex)
        {
            return "";
        }
    }

    public Ledger ledger()
    {
        return ledger;
    }

    public LedgerJournal journal()
    {
        return journal;
    }

    /** How many records the journal holds: entries and skipped records. */
    public long records()
    {
        return records;
    }

    @Override
    public void close()
    {
        journal.close();
    }
}
