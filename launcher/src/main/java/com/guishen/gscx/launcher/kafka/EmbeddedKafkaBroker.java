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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) inside this process,
 * with its data under {@code <data-dir>/kafka}, bound to 127.0.0.1. The log directory is
 * formatted once; a restart on the same directory keeps the data and the ports, so clients
 * that remember the bootstrap address keep working. Kafka's fatal-error exits are turned into
 * an error log line and an exception instead of a silent exit of the whole process.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String HOST = "127.0.0.1";

    private final KafkaRaftServer server;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(final KafkaRaftServer server, final FileChannel lockChannel, final FileLock lock,
        final String bootstrapServers)
    {
        this.server = server;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.bootstrapServers = bootstrapServers;
    }

    /** The directory a data directory's broker keeps its logs, ports and lock in. */
    public static Path brokerDirectory(final Path dataDirectory)
    {
        return dataDirectory.resolve("kafka");
    }

    /**
     * The bootstrap address of a broker another process runs on this data directory, or null
     * when none runs there.
     */
    public static String runningElsewhere(final Path dataDirectory)
    {
        final Path directory = brokerDirectory(dataDirectory);
        final Path lockFile = directory.resolve("broker.lock");
        if (!Files.exists(lockFile))
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
            return HOST + ":" + BrokerPorts.read(directory).broker();
        }
        catch (final OverlappingFileLockException ex)
        {
            return null; // this process holds it: not "elsewhere"
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot check " + lockFile + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Starts the broker on a data directory and waits until it serves requests.
     *
     * @param brokerPort     the client port, 0 for the one used before or else a free one.
     * @param controllerPort the KRaft controller port, 0 likewise.
     */
    public static EmbeddedKafkaBroker start(final Path dataDirectory, final int brokerPort, final int controllerPort)
    {
        installExitProcedures();
        final Path directory = brokerDirectory(dataDirectory);
        final Path logs = directory.resolve("logs");
        FileChannel lockChannel = null;
        try
        {
            Files.createDirectories(logs);
            lockChannel = FileChannel.open(directory.resolve("broker.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
            final FileLock lock = lockChannel.tryLock();
            if (lock == null)
            {
                throw new IllegalStateException("another process runs the broker of " + dataDirectory +
                    " (at " + HOST + ":" + BrokerPorts.read(directory).broker() + ")");
            }
            final BrokerPorts ports = BrokerPorts.choose(directory, brokerPort, controllerPort);
            final Properties properties = properties(logs, ports);
            if (!Files.exists(logs.resolve("meta.properties")))
            {
                format(properties, logs);
            }
            final KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
            final String bootstrap = HOST + ":" + ports.broker();
            try
            {
                server.startup();
                awaitReady(bootstrap);
            }
            catch (final RuntimeException ex)
            {
                server.shutdown();
                throw new IllegalStateException("the embedded Kafka broker on " + bootstrap + " did not start: " +
                    ex.getMessage(), ex);
            }
            LOG.info("embedded Kafka broker serving on {} (data in {})", bootstrap, directory);
            return new EmbeddedKafkaBroker(server, lockChannel, lock, bootstrap);
        }
        catch (final IOException ex)
        {
            closeQuietly(lockChannel);
            throw new UncheckedIOException("cannot start the embedded Kafka broker in " + directory + ": " +
                ex.getMessage(), ex);
        }
        catch (final RuntimeException ex)
        {
            closeQuietly(lockChannel);
            throw ex;
        }
    }

    public String bootstrapServers()
    {
        return bootstrapServers;
    }

    /** Stops the broker cleanly and waits for it. */
    @Override
    public void close()
    {
        server.shutdown();
        server.awaitShutdown();
        try
        {
            lock.release();
        }
        catch (final IOException ex)
        {
            LOG.warn("could not release the broker lock: {}", ex.getMessage());
        }
        closeQuietly(lockChannel);
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
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("log.cleaner.dedupe.buffer.size", "16777216");
        p.put("broker.session.timeout.ms", "2000");
        p.put("broker.heartbeat.interval.ms", "500");
        p.put("num.partitions", "1");
        return p;
    }

    private static void format(final Properties properties, final Path logs)
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
        final Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        try (Admin admin = Admin.create(properties))
        {
            admin.describeCluster().nodes().get(30, TimeUnit.SECONDS);
        }
        catch (final Exception ex)
        {
            throw new IllegalStateException("no answer within 30 s: " + ex.getMessage(), ex);
        }
    }

    private static void installExitProcedures()
    {
        final Exit.Procedure refuse = (status, message) ->
        {
            LOG.error("Kafka asked to end the process (status {}): {}", status, message);
            throw new IllegalStateException("Kafka fatal error (status " + status + "): " + message);
        };
        Exit.setExitProcedure(refuse);
        Exit.setHaltProcedure(refuse);
    }

    private static void closeQuietly(final FileChannel channel)
    {
        if (channel != null)
        {
            try
            {
                channel.close();
            }
            catch (final IOException ignored)
            {
                // nothing more to do
            }
        }
    }

    /** The broker's two ports, chosen once per data directory and kept in {@code ports.properties}. */
    record BrokerPorts(int broker, int controller)
    {
        static BrokerPorts read(final Path directory)
        {
            final Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(directory.resolve("ports.properties")))
            {
                properties.load(in);
                return new BrokerPorts(Integer.parseInt(properties.getProperty("broker")),
                    Integer.parseInt(properties.getProperty("controller")));
            }
            catch (final IOException | RuntimeException ex)
            {
                throw new IllegalStateException("cannot read the broker's ports in " + directory + ": " +
                    ex.getMessage(), ex);
            }
        }

        static BrokerPorts choose(final Path directory, final int broker, final int controller) throws IOException
        {
            final Path file = directory.resolve("ports.properties");
            final BrokerPorts before = Files.exists(file) ? read(directory) : null;
            final BrokerPorts ports = new BrokerPorts(
                broker != 0 ? broker : before != null ? before.broker() : freePort(),
                controller != 0 ? controller : before != null ? before.controller() : freePort());
            final Properties properties = new Properties();
            properties.setProperty("broker", Integer.toString(ports.broker()));
            properties.setProperty("controller", Integer.toString(ports.controller()));
            try (OutputStream out = Files.newOutputStream(file))
            {
                properties.store(out, "ports of this data directory's embedded Kafka broker");
            }
            return ports;
        }

        private static int freePort() throws IOException
        {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST)))
            {
                return socket.getLocalPort();
            }
        }
    }
}
