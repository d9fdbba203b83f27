package com.guishen.gscx.launcher.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) inside this process,
 * with its data under {@code <data-dir>/kafka}, bound to 127.0.0.1 only.
 * <p>
 * The log directory is formatted once; a restart on the same directory keeps the data and the
 * ports (kept in {@code ports.properties}), so clients that remember the bootstrap address keep
 * working. While it runs, the broker holds {@code broker.lock}: other processes find it there
 * ({@link #running(Path)}) instead of starting a second broker on the same files.
 * <p>
 * Kafka ends the process ({@code Exit.exit}/{@code Exit.halt}) on fatal faults. Here that
 * becomes an error log line, an exception in the Kafka thread that asked, and a
 * {@link #fatalFault()} the host can act on: an embedded broker never kills its host silently.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable
{
    /** How long {@link #start} waits for the broker to answer requests. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String HOST = "127.0.0.1";
    private static final String LOCK_FILE = "broker.lock";
    private static final String PORTS_FILE = "ports.properties";
    private static final String STARTING = "";

    /**
     * The broker directories this process runs (address, or {@link #STARTING}). Needed because a
     * lock file must never be opened a second time in the process that locks it: closing any
     * channel on a file releases every POSIX lock the process holds on it.
     */
    private static final Map<Path, String> IN_THIS_PROCESS = new ConcurrentHashMap<>();
    private static final Map<EmbeddedKafkaBroker, Boolean> STARTED = new ConcurrentHashMap<>();

    static
    {
        final Exit.Procedure refuse = EmbeddedKafkaBroker::refuseToEndTheProcess;
        Exit.setExitProcedure(refuse);
        Exit.setHaltProcedure(refuse);
    }

    private final KafkaRaftServer server;
    private final Path directory;
    private final FileChannel lockChannel;
    private final String bootstrapServers;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch faultedOrClosed = new CountDownLatch(1);
    private volatile String fatalFault;

    private EmbeddedKafkaBroker(final KafkaRaftServer server, final Path directory, final FileChannel lockChannel,
        final String bootstrapServers)
    {
        this.server = server;
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.bootstrapServers = bootstrapServers;
    }

    /** The directory a data directory's broker keeps its logs, ports and lock in. */
    public static Path brokerDirectory(final Path dataDirectory)
    {
        return dataDirectory.resolve("kafka");
    }

    /** True when a broker has ever been formatted in this data directory (it has Kafka data). */
    public static boolean hasBrokerData(final Path dataDirectory)
    {
        return Files.exists(brokerDirectory(dataDirectory).resolve("logs").resolve("meta.properties"));
    }

    /**
     * The bootstrap address of the broker running on this data directory, in this process or
     * another one, or null when none runs there (or it is still choosing its ports).
     */
    public static String running(final Path dataDirectory)
    {
        final String here = inThisProcess(dataDirectory);
        if (here != null)
        {
            return here.equals(STARTING) ? null : here;
        }
        return runningElsewhere(dataDirectory);
    }

    /**
     * The bootstrap address of a broker another process runs on this data directory, or null
     * when none runs there (or it is still choosing its ports).
     */
    public static String runningElsewhere(final Path dataDirectory)
    {
        final Path directory = brokerDirectory(dataDirectory);
        final Path lockFile = directory.resolve(LOCK_FILE);
        if (inThisProcess(dataDirectory) != null || !Files.exists(lockFile))
        {
            return null;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE))
        {
            final FileLock probe = channel.tryLock();
            if (probe != null)
            {
                probe.release();
                return null;
            }
            final BrokerPorts ports = BrokerPorts.readIfPresent(directory);
            return ports == null ? null : HOST + ":" + ports.broker();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot check " + lockFile + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Starts the broker on a data directory and waits until it serves requests.
     *
     * @param brokerPort     the client port; 0 for the one this directory used before, else a free one.
     * @param controllerPort the KRaft controller port; 0 likewise.
     * @throws IllegalStateException with the cause in words (a port in use, another broker on the
     *                               directory, no answer within {@link #READY_TIMEOUT}).
     */
    public static EmbeddedKafkaBroker start(final Path dataDirectory, final int brokerPort, final int controllerPort)
    {
        checkPort(brokerPort, "broker");
        checkPort(controllerPort, "controller");
        final Path directory = brokerDirectory(dataDirectory);
        final Path key;
        try
        {
            Files.createDirectories(directory.resolve("logs"));
            key = directory.toRealPath();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create the embedded Kafka broker's directory " + directory + ": " +
                ex.getMessage(), ex);
        }
        final String already = IN_THIS_PROCESS.putIfAbsent(key, STARTING);
        if (already != null)
        {
            throw new IllegalStateException("this process already runs the Kafka broker of " + dataDirectory +
                (already.equals(STARTING) ? "" : " on " + already));
        }
        FileChannel lockChannel = null;
        try
        {
            lockChannel = FileChannel.open(key.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (lockChannel.tryLock() == null)
            {
                final BrokerPorts ports = BrokerPorts.readIfPresent(key);
                throw new BrokerElsewhereException("another process runs the Kafka broker of " + dataDirectory +
                    (ports == null ? "" : " on " + HOST + ":" + ports.broker()));
            }
            final EmbeddedKafkaBroker broker = startLocked(dataDirectory, key, lockChannel, brokerPort, controllerPort);
            IN_THIS_PROCESS.put(key, broker.bootstrapServers);
            return broker;
        }
        catch (final IOException ex)
        {
            release(key, lockChannel);
            throw new UncheckedIOException("cannot start the embedded Kafka broker in " + directory + ": " +
                ex.getMessage(), ex);
        }
        catch (final RuntimeException ex)
        {
            release(key, lockChannel);
            throw ex;
        }
    }

    private static EmbeddedKafkaBroker startLocked(final Path dataDirectory, final Path directory,
        final FileChannel lockChannel, final int brokerPort, final int controllerPort) throws IOException
    {
        final long startNanos = System.nanoTime();
        final BrokerPorts ports = BrokerPorts.choose(dataDirectory, directory, brokerPort, controllerPort);
        final Path logs = directory.resolve("logs");
        final Properties properties = properties(logs, ports);
        if (!Files.exists(logs.resolve("meta.properties")))
        {
            format(logs);
        }
        final String bootstrap = HOST + ":" + ports.broker();
        final KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        final EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, directory, lockChannel, bootstrap);
        STARTED.put(broker, Boolean.TRUE); // from here on, a fatal fault is attributed to it
        try
        {
            server.startup();
            awaitReady(bootstrap);
        }
        catch (final RuntimeException ex)
        {
            STARTED.remove(broker);
            shutdownQuietly(server);
            final String fault = broker.fatalFault;
            throw new IllegalStateException("the embedded Kafka broker of " + dataDirectory + " on " + bootstrap +
                " did not start: " + (fault != null ? fault : ex.getMessage()), ex);
        }
        LOG.info("embedded Kafka broker serving on {} (data in {}, ready in {} ms)", bootstrap, directory,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
        return broker;
    }

    public String bootstrapServers()
    {
        return bootstrapServers;
    }

    /**
     * Why Kafka wanted to end the process, or null while all is well. Kafka's exit hooks are
     * process-wide: a fault is reported to every broker this process runs.
     */
    public String fatalFault()
    {
        return fatalFault;
    }

    /** Blocks until Kafka reports a fatal fault (returns it) or the broker is closed (returns null). */
    public String awaitFatalFault() throws InterruptedException
    {
        faultedOrClosed.await();
        return fatalFault;
    }

    /** Stops the broker cleanly, waits for it and releases the directory. Safe to call twice. */
    @Override
    public void close()
    {
        if (!closed.compareAndSet(false, true))
        {
            return;
        }
        STARTED.remove(this);
        try
        {
            server.shutdown();
            server.awaitShutdown();
        }
        finally
        {
            release(directory, lockChannel);
            faultedOrClosed.countDown();
        }
    }

    private static void refuseToEndTheProcess(final int status, final String message)
    {
        final String fault = "Kafka wanted to end the process with status " + status + ": " +
            (message != null ? message : "(no message: see the Kafka error logged just before)");
        LOG.error("{}; the embedded broker is no longer reliable, the process goes on", fault);
        for (final EmbeddedKafkaBroker broker : STARTED.keySet())
        {
            if (broker.fatalFault == null)
            {
                broker.fatalFault = fault;
            }
            broker.faultedOrClosed.countDown();
        }
        throw new IllegalStateException(fault);
    }

    private static String inThisProcess(final Path dataDirectory)
    {
        final Path directory = brokerDirectory(dataDirectory);
        if (!Files.isDirectory(directory))
        {
            return null;
        }
        try
        {
            return IN_THIS_PROCESS.get(directory.toRealPath());
        }
        catch (final IOException ex)
        {
            return null; // gone since: nothing runs there
        }
    }

    private static void checkPort(final int port, final String role)
    {
        if (port < 0 || port > 65_535)
        {
            throw new IllegalArgumentException("the " + role + " port must be 0..65535 (0: choose), not " + port);
        }
    }

    private static Properties properties(final Path logs, final BrokerPorts ports)
    {
        final Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + HOST + ":" + ports.controller());
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + ports.broker() + ",CONTROLLER://" + HOST + ":" +
            ports.controller());
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + ports.broker());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logs.toString());
        // one node: internal topics with one replica, or consumer groups and transactions never start
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        // the default 128 MiB dedupe buffer does not fit a small heap
        p.put("log.cleaner.dedupe.buffer.size", "16777216");
        // after a kill -9 the controller waits out the dead broker's session: ~5 s instead of ~13 s
        p.put("broker.session.timeout.ms", "2000");
        p.put("broker.heartbeat.interval.ms", "500");
        return p;
    }

    private static void format(final Path logs)
    {
        try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream()))
        {
            new Formatter()
                .setPrintStream(quiet)
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(logs.toString())
                .setDirectories(List.of(logs.toString()))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .run();
        }
        catch (final Exception ex)
        {
            throw new IllegalStateException("cannot format the broker's log directory " + logs + ": " +
                ex.getMessage(), ex);
        }
    }

    private static void awaitReady(final String bootstrap)
    {
        final String timeout = Long.toString(READY_TIMEOUT.toMillis());
        final Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        try (Admin admin = Admin.create(properties))
        {
            admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for it to answer", ex);
        }
        catch (final Exception ex)
        {
            throw new IllegalStateException("no answer within " + READY_TIMEOUT.toSeconds() + " s (" +
                ex.getMessage() + ")", ex);
        }
    }

    private static void shutdownQuietly(final KafkaRaftServer server)
    {
        try
        {
            server.shutdown();
            server.awaitShutdown();
        }
        catch (final RuntimeException ex)
        {
            LOG.warn("the embedded Kafka broker did not stop cleanly after its failed start: {}", ex.getMessage());
        }
    }

    private static void release(final Path directory, final FileChannel lockChannel)
    {
        if (lockChannel != null)
        {
            try
            {
                lockChannel.close(); // releases the lock
            }
            catch (final IOException ex)
            {
                LOG.warn("could not release {}: {}", directory.resolve(LOCK_FILE), ex.getMessage());
            }
        }
        IN_THIS_PROCESS.remove(directory);
    }

    /** Thrown by {@link #start} when another process holds the data directory's broker. */
    public static final class BrokerElsewhereException extends IllegalStateException
    {
        private static final long serialVersionUID = 1L;

        BrokerElsewhereException(final String message)
        {
            super(message);
        }
    }

    /** The broker's two ports, chosen once per data directory and kept in {@code ports.properties}. */
    record BrokerPorts(int broker, int controller)
    {
        static final String FILE = "ports.properties";

        static BrokerPorts readIfPresent(final Path directory)
        {
            final Path file = directory.resolve(PORTS_FILE);
            if (!Files.exists(file))
            {
                return null;
            }
            final Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file))
            {
                properties.load(in);
                return new BrokerPorts(Integer.parseInt(properties.getProperty("broker")),
                    Integer.parseInt(properties.getProperty("controller")));
            }
            catch (final IOException | RuntimeException ex)
            {
                throw new IllegalStateException("cannot read the broker's ports in " + file + ": " + ex.getMessage() +
                    " (delete the file to choose new ones)", ex);
            }
        }

        /**
         * The ports asked for, else the ones used before, else free ones; checked free and kept for
         * the next start only once they are known to be usable.
         */
        static BrokerPorts choose(final Path dataDirectory, final Path directory, final int broker, final int controller)
            throws IOException
        {
            final BrokerPorts before = readIfPresent(directory);
            int chosenBroker = broker != 0 ? broker : before != null ? before.broker() : 0;
            int chosenController = controller != 0 ? controller : before != null ? before.controller() : 0;
            if (chosenBroker == 0 || chosenController == 0)
            {
                // both sockets open at once, so the two free ports differ
                try (ServerSocket first = freeSocket(); ServerSocket second = freeSocket())
                {
                    if (chosenBroker == 0)
                    {
                        chosenBroker = first.getLocalPort() != chosenController ? first.getLocalPort() : second.getLocalPort();
                    }
                    if (chosenController == 0)
                    {
                        chosenController = second.getLocalPort() != chosenBroker ? second.getLocalPort() : first.getLocalPort();
                    }
                }
            }
            if (chosenBroker == chosenController)
            {
                throw new IllegalStateException("the broker and controller ports of the embedded Kafka broker must " +
                    "differ, both are " + chosenBroker);
            }
            final BrokerPorts ports = new BrokerPorts(chosenBroker, chosenController);
            ensureFree(dataDirectory, ports.broker(), "client", before != null && broker == 0);
            ensureFree(dataDirectory, ports.controller(), "controller", before != null && controller == 0);
            if (!ports.equals(before))
            {
                write(directory, ports);
            }
            return ports;
        }

        private static void ensureFree(final Path dataDirectory, final int port, final String role,
            final boolean remembered)
        {
            try (ServerSocket probe = new ServerSocket())
            {
                probe.setReuseAddress(true); // as Kafka's own listener: a port in TIME_WAIT is usable
                probe.bind(new InetSocketAddress(InetAddress.getByName(HOST), port), 1);
            }
            catch (final BindException ex)
            {
                throw new IllegalStateException("port " + port + " on " + HOST + ", the " + role +
                    " port of the embedded Kafka broker of " + dataDirectory + ", is in use by another program" +
                    (remembered ? " (the port this directory's broker used before; stop that program, or give " +
                        "another port)" : ""), ex);
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException("cannot check port " + port + " on " + HOST + ": " + ex.getMessage(), ex);
            }
        }

        private static ServerSocket freeSocket() throws IOException
        {
            return new ServerSocket(0, 1, InetAddress.getByName(HOST));
        }

        private static void write(final Path directory, final BrokerPorts ports) throws IOException
        {
            final Properties properties = new Properties();
            properties.setProperty("broker", Integer.toString(ports.broker()));
            properties.setProperty("controller", Integer.toString(ports.controller()));
            final Path file = directory.resolve(PORTS_FILE);
            final Path partial = directory.resolve(PORTS_FILE + ".partial");
            try (OutputStream out = Files.newOutputStream(partial))
            {
                properties.store(out, "ports of this data directory's embedded Kafka broker");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
