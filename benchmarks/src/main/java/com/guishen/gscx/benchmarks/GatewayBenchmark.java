package com.guishen.gscx.benchmarks;

import com.guishen.gscx.config.FixCredentials;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.config.PasswordHasher;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * FIX order -> ExecutionReport (New) round trip over loopback, gscx beside QuickFIX/J (issue 4):
 * open-loop load from {@link FixLoadGenerator} over N sessions at fixed rates (latency from each
 * order's scheduled send time), then the highest sustainable rate found by doubling the rate
 * until a step fails and bisecting between the last step that passed and the first that failed.
 * Targets, each run in this JVM on a fresh exchange per step:
 * <ul>
 *     <li>{@code gscx}: durable engine and FIX gateway as `gscx gateway --with-engine` runs them
 *     (journals, snapshots; no Kafka), Agrona backoff idle strategies;</li>
 *     <li>{@code gscx-busy-spin}: the same with busy-spinning engine and gateway threads;</li>
 *     <li>{@code quickfixj}: a QuickFIX/J 2.3.2 acceptor answering each NewOrderSingle ({@link QuickFixAcceptor}).</li>
 * </ul>
 * Results go to BENCHMARKS.md with {@code --report}.
 *
 * <pre>
 * GatewayBenchmark [--rates 10000,50000] [--seconds 5] [--sessions 8] [--start-rate 10000]
 *                  [--step-seconds 3] [--max-p99-ms 10] [--targets gscx,gscx-busy-spin,quickfixj] [--report FILE]
 * </pre>
 */
public final class GatewayBenchmark
{
    private static final String COMP_ID = "GSCX";
    private static final String SYMBOL = "H100.GUIAN.Y2099";
    private static final long DRAIN_MILLIS = 2_000;
    private static final int BISECTIONS = 3;
    private static final long MAX_RATE = 1_280_000;
    private static final long WARM_UP_RATE = 20_000;
    private static final double WARM_UP_SECONDS = 5;
    /** Not measured at the start of each step: a fresh gscx exchange stalls 30-60 ms in its first 150 ms. */
    private static final double LEAD_IN_SECONDS = 0.5;

    private final Options options;
    private final Path work = Path.of("target", "gateway-benchmark");
    private final List<String> participants = new ArrayList<>();
    private final List<String> passwords = new ArrayList<>();
    private final MarketConfig market;
    private int phases;

    private record Options(List<Long> rates, double seconds, int sessions, long startRate, double stepSeconds,
        double maxP99Millis, List<String> targets, Path report, String commandLine)
    {
    }

    private record Measured(String target, List<FixLoadGenerator.Result> fixed, List<FixLoadGenerator.Result> steps,
        long sustainable)
    {
    }

    private GatewayBenchmark(final Options options)
    {
        this.options = options;
        final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);
        final StringBuilder yaml = new StringBuilder("""
            exchanges:
              - { id: SZDE, name: Shenzhen Data Exchange, city: Shenzhen }
              - { id: GYBDE, name: Guiyang Big Data Exchange, city: Guiyang }
            resources:
              - { id: H100, kind: GPU, model: NVIDIA H100 SXM5 80GB, memoryGb: 80, interconnect: NVLink 4, computeUnitsPerUnitHour: "989.5" }
            sites:
              - { id: GUIAN, name: Gui'an New Area data centre cluster, region: "Guizhou, Gui'an New Area", latencyToShenzhenMs: "10", greenPowerPct: "62" }
            instruments:
              - { symbol: H100.GUIAN.Y2099, resource: H100, site: GUIAN, deliveryStart: "2099-01-01T00:00+08:00", deliveryHours: 24,
                  tickSize: "0.01", lotSize: 1, minQty: 1, maxQty: 512, priceBandPct: "20", referencePrice: "16.00" }
            risk: { maxOrdersPerSecond: 1000000, maxOpenOrdersPerParticipant: 10000000 }
            ports: { fixGateway: 0, adminHttp: 0, kafka: 0, kafkaController: 0 }
            gateway: { compId: GSCX }
            participants:
            """);
        for (int i = 1; i <= options.sessions(); i++)
        {
            final String id = "load" + i;
            final String password = id + "-secret";
            final FixCredentials credentials = hasher.hash(password.toCharArray());
            participants.add(id);
            passwords.add(password);
            // creditLimit 0: no credit limit, so resting bids never run out of credit
            yaml.append("  - { id: ").append(id).append(", name: Load session ").append(i)
                .append(", homeExchange: SZDE, roles: [BUYER], creditLimit: 0, fixCredentials: { iterations: ")
                .append(credentials.iterations()).append(", salt: \"").append(credentials.salt())
                .append("\", hash: \"").append(credentials.hash()).append("\" } }\n");
        }
        this.market = MarketConfigLoader.parse("GatewayBenchmark", yaml.toString());
    }

    public static void main(final String[] args) throws Exception
    {
        final Options options = parse(args);
        final GatewayBenchmark benchmark = new GatewayBenchmark(options);
        StreamBenchmarkOptions.delete(benchmark.work);
        final List<Measured> measured = new ArrayList<>();
        for (final String target : options.targets())
        {
            measured.add(benchmark.measure(target));
        }
        StreamBenchmarkOptions.delete(benchmark.work);
        final String markdown = benchmark.markdown(measured);
        System.out.println(markdown);
        if (options.report() != null)
        {
            BenchmarkReport.updateSection(options.report(), "gateway-round-trip", markdown);
        }
        System.exit(0); // QuickFIX/J and Chronicle leave non-daemon threads behind
    }

    private Measured measure(final String target) throws Exception
    {
        System.err.printf("%s: warm-up%n", target);
        step(target, WARM_UP_RATE, WARM_UP_SECONDS);
        final List<FixLoadGenerator.Result> fixed = new ArrayList<>();
        for (final long rate : options.rates())
        {
            fixed.add(step(target, rate, options.seconds()));
        }
        final List<FixLoadGenerator.Result> steps = new ArrayList<>();
        long passed = 0;
        long failed = 0;
        for (long rate = options.startRate(); rate <= MAX_RATE; rate *= 2)
        {
            final FixLoadGenerator.Result result = step(target, rate, options.stepSeconds());
            steps.add(result);
            if (!sustained(result))
            {
                failed = rate;
                break;
            }
            passed = rate;
        }
        for (int i = 0; failed > 0 && i < BISECTIONS; i++)
        {
            final long rate = Math.round((passed + failed) / 2000.0) * 1000;
            if (rate <= passed || rate >= failed)
            {
                break;
            }
            final FixLoadGenerator.Result result = step(target, rate, options.stepSeconds());
            steps.add(result);
            if (sustained(result))
            {
                passed = rate;
            }
            else
            {
                failed = rate;
            }
        }
        return new Measured(target, fixed, steps, passed);
    }

    private boolean sustained(final FixLoadGenerator.Result result)
    {
        return result.allAnswered() && result.latency().getValueAtPercentile(99) <= options.maxP99Millis() * 1e6;
    }

    /** Per gscx run, from each order taken by the gateway to its ExecutionReport going out. */
    private final java.util.Map<FixLoadGenerator.Result, Histogram> insideTheExchange = new java.util.IdentityHashMap<>();

    /** One run at a fixed rate against a freshly started exchange. */
    private FixLoadGenerator.Result step(final String target, final long rate, final double seconds) throws Exception
    {
        final Path directory = work.resolve("step-" + phases++);
        final AutoCloseable exchange;
        final int port;
        if (target.equals("quickfixj"))
        {
            final QuickFixAcceptor acceptor = QuickFixAcceptor.start(COMP_ID, participants);
            exchange = acceptor;
            port = acceptor.port();
        }
        else
        {
            final GscxExchange gscx = GscxExchange.start(market, directory, target.equals("gscx-busy-spin"),
                (int)Math.min(1 << 26, rate * (seconds + LEAD_IN_SECONDS) + 1000));
            exchange = gscx;
            port = gscx.port();
        }
        final FixLoadGenerator.Result result;
        try (exchange; FixLoadGenerator load = FixLoadGenerator.logOn(port, COMP_ID, participants, passwords, SYMBOL))
        {
            // What start-up allocated (gscx preallocates its order pool and tables, hundreds of MB for the larger
            // steps) leaves the young generation before the clock starts: otherwise the first young collection
            // inside the step copies it, in pauses of 100-300 ms measured. The same for every target.
            System.gc();
            result = load.run(rate, LEAD_IN_SECONDS, seconds, DRAIN_MILLIS);
            if (exchange instanceof GscxExchange gscx)
            {
                if (gscx.engineFailure() != null)
                {
                    throw new IllegalStateException("the engine stopped", gscx.engineFailure());
                }
                final Histogram inside = gscx.acknowledgementLatencies();
                insideTheExchange.put(result, inside);
                System.err.printf("%s %,d/s: inside the exchange (order taken -> ExecutionReport out, lead-in " +
                    "included) p50 %.1f p99 %.1f p99.9 %.1f max %.1f us%n", target, rate,
                    inside.getValueAtPercentile(50) / 1e3, inside.getValueAtPercentile(99) / 1e3,
                    inside.getValueAtPercentile(99.9) / 1e3, inside.getMaxValue() / 1e3);
            }
        }
        StreamBenchmarkOptions.delete(directory);
        final Histogram latency = result.latency();
        System.err.printf("%s %,d/s: %,d/%,d answered, %,d rejected%s, achieved %,.0f/s, p50 %s p99 %s p99.9 %s " +
                "max %s us, sender late p99 %s us%s%n", target, rate, result.answered(), result.offered(),
            result.rejected(), result.firstReject() == null ? "" : " (" + result.firstReject() + ")",
            result.achievedRate(), micros(latency.getValueAtPercentile(50)), micros(latency.getValueAtPercentile(99)),
            micros(latency.getValueAtPercentile(99.9)), micros(latency.getMaxValue()),
            micros(result.sendLag().getValueAtPercentile(99)), sustained(result) ? "" : "  -> not sustained");
        return result;
    }

    private String markdown(final List<Measured> measured)
    {
        final StringBuilder md = new StringBuilder();
        md.append("## FIX gateway round trip (issue 4)\n\n");
        md.append("Measured ").append(LocalDate.now()).append(", JDK ").append(System.getProperty("java.version"))
            .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, one JVM (")
            .append(String.join(" ", jvmFlags())).append("). Reproduce with:\n\n```\n")
            .append(options.commandLine()).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, """
            Order -> ExecutionReport (New) round trip over loopback TCP, %d FIX 4.4 sessions, one-lot buy limit \
            orders 100 ticks spread well below the market, so every order rests and is answered by exactly one \
            ExecutionReport. The client is gscx's `FixInitiator`, in the same JVM as the exchange under test: one \
            sender thread for all sessions, which sleeps until just before each order is due and, when it has \
            fallen behind, sends every order already due with one write per session; one reader thread for all \
            sessions (`FixInitiatorReader`, waiting on a selector). `benchmarks/run` lowers the process's timer \
            slack to 1 us (parks wake ~15 us late instead of ~65 us), and the JVM collects garbage once before \
            each step, so that what start-up preallocated is not copied by a young collection inside it; both \
            apply to every exchange alike. **Open loop:** order i is due at \
            start + i/rate, whatever happened to earlier orders, and its latency is measured from that scheduled \
            time to the arrival of its ExecutionReport, so a sender or exchange that falls behind counts against \
            the exchange (no coordinated omission); "sender late p99" is how late the sender itself put orders on \
            the wire. Each step runs against a freshly started exchange (after a warm-up step of %d s at %,d/s); the orders due in the first %s s of a step are sent \
            and answered but not measured (a fresh gscx exchange stalls for 30-60 ms in its first 150 ms: start-up, \
            not steady state; QuickFIX/J is treated the same way). "answered" counts them, the latencies do not:

            - **gscx**: the durable engine (inbound and outbound Chronicle journals, a snapshot every 100,000 \
            commands, taken by the replica engine on its own thread) and the FIX gateway, wired as `gscx gateway --with-engine` wires them but without Kafka: \
            the engine's duty cycle runs on the gateway's thread (one thread, no hand-off), which waits on its \
            selector when idle (up to 1 ms); per-session throttle raised to 1,000,000/s;
            - **gscx busy-spin**: the same with `--busy-spin` (the thread never waits);
            - **QuickFIX/J**: a QuickFIX/J 2.3.2 `SocketAcceptor` (one thread for all sessions' messages, FIX 4.4 \
            data dictionary validation, in-memory store, no message log) answering each NewOrderSingle with an \
            ExecutionReport (New).

            "Inside the exchange" is gscx's own measure (`FixGateway.acknowledgementLatencies`): from each order \
            taken off its socket to its ExecutionReport written to the socket, over the whole step (lead-in \
            included); the rest of a round trip is the client, the kernel's loopback and waiting for a core.

            """, options.sessions(), (long)WARM_UP_SECONDS, WARM_UP_RATE, trim(LEAD_IN_SECONDS)));
        md.append("### Fixed rates\n\n");
        md.append("| exchange | offered | answered | ER rate achieved | p50 | p99 | p99.9 | max | sender late p99 | " +
            "inside the exchange p50 / p99 |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (final Measured target : measured)
        {
            for (final FixLoadGenerator.Result result : target.fixed())
            {
                final Histogram latency = result.latency();
                final Histogram inside = insideTheExchange.get(result);
                md.append(String.format(Locale.ROOT, "| %s | %,d/s | %,d of %,d%s | %,.0f/s | %s us | %s us | %s us | %s us | %s us | %s |%n",
                    label(target.target()), result.offeredRate(), result.answered(), result.offered(),
                    result.rejected() == 0 ? "" : String.format(Locale.ROOT, " (%,d rejected)", result.rejected()),
                    result.achievedRate(), micros(latency.getValueAtPercentile(50)),
                    micros(latency.getValueAtPercentile(99)), micros(latency.getValueAtPercentile(99.9)),
                    micros(latency.getMaxValue()), micros(result.sendLag().getValueAtPercentile(99)),
                    inside == null ? "-" : micros(inside.getValueAtPercentile(50)) + " / " +
                        micros(inside.getValueAtPercentile(99)) + " us"));
            }
        }
        md.append(String.format(Locale.ROOT, """

            ### Highest sustainable rate, %d sessions

            A step offers a fixed rate for %s s (after the lead-in); it is **sustained** when every order gets its ExecutionReport \
            (New) within %d s of the step's last scheduled send, none is rejected, and p99 from the scheduled send \
            time stays <= %s ms (a backlog that grows for the whole step, i.e. ERs falling behind the offered rate \
            by more than a fraction of a percent, pushes p99 past that). Steps start at %,d/s and double until one \
            is not sustained, then bisect %d times between the last sustained and the first not sustained rate; \
            the sustainable rate is the highest sustained step.

            | exchange | offered | answered | ER rate achieved | p50 | p99 | max | sender late p99 | sustained |
            |---|---|---|---|---|---|---|---|---|
            """, options.sessions(), trim(options.stepSeconds()), DRAIN_MILLIS / 1000, trim(options.maxP99Millis()),
            options.startRate(), BISECTIONS));
        for (final Measured target : measured)
        {
            for (final FixLoadGenerator.Result result : target.steps())
            {
                final Histogram latency = result.latency();
                md.append(String.format(Locale.ROOT, "| %s | %,d/s | %,d of %,d%s | %,.0f/s | %s us | %s us | %s us | %s us | %s |%n",
                    label(target.target()), result.offeredRate(), result.answered(), result.offered(),
                    result.rejected() == 0 ? "" : String.format(Locale.ROOT, " (%,d rejected)", result.rejected()),
                    result.achievedRate(), micros(latency.getValueAtPercentile(50)),
                    micros(latency.getValueAtPercentile(99)), micros(latency.getMaxValue()),
                    micros(result.sendLag().getValueAtPercentile(99)), sustained(result) ? "yes" : "**no**"));
            }
        }
        md.append("\n");
        long quickFix = 0;
        for (final Measured target : measured)
        {
            md.append(String.format(Locale.ROOT, "- sustainable rate, %s: **%,d orders/s**%n", label(target.target()),
                target.sustainable()));
            if (target.target().equals("quickfixj"))
            {
                quickFix = target.sustainable();
            }
        }
        md.append("\nTargets (reported, not asserted):\n\n");
        for (final Measured target : measured)
        {
            for (final FixLoadGenerator.Result result : target.fixed())
            {
                if (result.offeredRate() == 10_000 && !target.target().equals("quickfixj"))
                {
                    final long p99 = result.latency().getValueAtPercentile(99);
                    md.append(String.format(Locale.ROOT, "- p99 <= 100 us at 10k/s, %s: %s us, %s%n",
                        label(target.target()), micros(p99), p99 <= 100_000 ? "met" : "not met"));
                }
            }
            if (quickFix > 0 && !target.target().equals("quickfixj"))
            {
                final double ratio = (double)target.sustainable() / quickFix;
                md.append(String.format(Locale.ROOT, "- sustainable rate >= 5x QuickFIX/J's, %s: %.1fx, %s%n",
                    label(target.target()), ratio, ratio >= 5 ? "met" : "not met"));
            }
        }
        return md.toString();
    }

    private static String label(final String target)
    {
        return switch (target)
        {
            case "gscx" -> "gscx";
            case "gscx-busy-spin" -> "gscx busy-spin";
            default -> "QuickFIX/J";
        };
    }

    private static String micros(final long nanos)
    {
        return nanos < 1_000_000 ? String.format(Locale.ROOT, "%,.1f", nanos / 1e3) :
            String.format(Locale.ROOT, "%,.0f", nanos / 1e3);
    }

    private static String trim(final double value)
    {
        return value == Math.rint(value) ? Long.toString((long)value) : Double.toString(value);
    }

    private static List<String> jvmFlags()
    {
        final List<String> flags = new ArrayList<>();
        for (final String argument : ManagementFactory.getRuntimeMXBean().getInputArguments())
        {
            if (argument.startsWith("-X"))
            {
                flags.add("`" + argument + "`");
            }
        }
        return flags;
    }

    private static Options parse(final String[] args)
    {
        List<Long> rates = List.of(10_000L, 50_000L);
        double seconds = 5;
        int sessions = 8;
        long startRate = 10_000;
        double stepSeconds = 3;
        double maxP99Millis = 10;
        List<String> targets = List.of("gscx", "gscx-busy-spin", "quickfixj");
        Path report = null;
        try
        {
            for (int i = 0; i < args.length; i++)
            {
                switch (args[i])
                {
                    case "--rates" -> rates = java.util.Arrays.stream(args[++i].split(","))
                        .map(String::trim).map(Long::parseLong).toList();
                    case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                    case "--sessions" -> sessions = Integer.parseInt(args[++i]);
                    case "--start-rate" -> startRate = Long.parseLong(args[++i]);
                    case "--step-seconds" -> stepSeconds = Double.parseDouble(args[++i]);
                    case "--max-p99-ms" -> maxP99Millis = Double.parseDouble(args[++i]);
                    case "--targets" -> targets = List.of(args[++i].split(","));
                    case "--report" -> report = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            for (final String target : targets)
            {
                if (!List.of("gscx", "gscx-busy-spin", "quickfixj").contains(target))
                {
                    throw new IllegalArgumentException("unknown target " + target);
                }
            }
            if (sessions < 1 || startRate < 1 || seconds <= 0 || stepSeconds <= 0 || rates.stream().anyMatch(r -> r < 1))
            {
                throw new IllegalArgumentException("--sessions, --start-rate, --rates, --seconds and --step-seconds " +
                    "must be positive");
            }
        }
        catch (final RuntimeException ex)
        {
            System.err.println("GatewayBenchmark: " + ex.getMessage());
            System.err.println("usage: GatewayBenchmark [--rates 10000,50000] [--seconds 5] [--sessions 8] " +
                "[--start-rate 10000] [--step-seconds 3] [--max-p99-ms 10] [--targets gscx,gscx-busy-spin,quickfixj] " +
                "[--report FILE]");
            System.exit(2);
        }
        return new Options(rates, seconds, sessions, startRate, stepSeconds, maxP99Millis, targets, report,
            "benchmarks/run GatewayBenchmark" + (args.length == 0 ? "" : " " + String.join(" ", args)));
    }
}
