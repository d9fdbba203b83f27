package com.guishen.gscx.benchmarks.exchangecore;

import exchange.core2.core.ExchangeApi;
import exchange.core2.core.ExchangeCore;
import exchange.core2.core.common.CoreWaitStrategy;
import exchange.core2.core.common.MatcherEventType;
import exchange.core2.core.common.MatcherTradeEvent;
import exchange.core2.core.common.OrderAction;
import exchange.core2.core.common.OrderType;
import exchange.core2.core.common.api.ApiAddUser;
import exchange.core2.core.common.api.ApiAdjustUserBalance;
import exchange.core2.core.common.api.ApiCancelOrder;
import exchange.core2.core.common.api.ApiCommand;
import exchange.core2.core.common.api.ApiMoveOrder;
import exchange.core2.core.common.api.ApiPlaceOrder;
import exchange.core2.core.common.api.ApiReduceOrder;
import exchange.core2.core.common.api.binary.BatchAddSymbolsCommand;
import exchange.core2.core.common.cmd.CommandResultCode;
import exchange.core2.core.common.cmd.OrderCommand;
import exchange.core2.core.common.cmd.OrderCommandType;
import exchange.core2.core.common.config.ExchangeConfiguration;
import exchange.core2.core.common.config.InitialStateConfiguration;
import exchange.core2.core.common.config.OrdersProcessingConfiguration;
import exchange.core2.core.common.config.PerformanceConfiguration;
import exchange.core2.core.common.config.SerializationConfiguration;
import exchange.core2.core.orderbook.OrderBookDirectImpl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * exchange-core's whole pipeline, the secondary peer: {@link ExchangeCore} with its risk engine
 * on (margin trading, every user funded far beyond what the stream needs, so nothing is
 * rejected), one risk and one matching engine thread ({@link OrderBookDirectImpl} books), the
 * yielding wait strategy, fed through {@link ExchangeApi#submitCommand} from prebuilt API
 * commands, as exchange-core's own throughput test does. The clock runs from the first submit
 * until the results consumer has seen the last command.
 */
final class ExchangeCorePipelineReplay
{
    private static final int QUOTE_CURRENCY = 2;

    private final ExchangeCoreStream stream;
    private final List<ApiCommand> commands;
    private final AtomicLong completed = new AtomicLong();
    private volatile boolean counting;
    private long trades;
    private long failures;
    private ExchangeCore core;
    private ExchangeApi api;

    ExchangeCorePipelineReplay(final ExchangeCoreStream stream)
    {
        this.stream = stream;
        this.commands = apiCommands(stream);
    }

    private static List<ApiCommand> apiCommands(final ExchangeCoreStream stream)
    {
        final List<ApiCommand> commands = new ArrayList<>(stream.size());
        for (int row = 0; row < stream.size(); row++)
        {
            final long uid = stream.uid(row);
            final int symbol = stream.symbol(row);
            final long orderId = stream.orderId(row);
            switch (stream.kind(row))
            {
                case ExchangeCoreStream.PLACE_GTC, ExchangeCoreStream.PLACE_IOC -> commands.add(ApiPlaceOrder.builder()
                    .uid(uid).symbol(symbol).orderId(orderId).price(stream.price(row))
                    .reservePrice(stream.buy(row) ? stream.price(row) : 0).size(stream.quantity(row))
                    .action(stream.buy(row) ? OrderAction.BID : OrderAction.ASK)
                    .orderType(stream.kind(row) == ExchangeCoreStream.PLACE_GTC ? OrderType.GTC : OrderType.IOC)
                    .build());
                case ExchangeCoreStream.CANCEL -> commands.add(
                    ApiCancelOrder.builder().uid(uid).symbol(symbol).orderId(orderId).build());
                case ExchangeCoreStream.MOVE -> commands.add(
                    ApiMoveOrder.builder().uid(uid).symbol(symbol).orderId(orderId).newPrice(stream.price(row)).build());
                default -> commands.add(ApiReduceOrder.builder()
                    .uid(uid).symbol(symbol).orderId(orderId).reduceSize(stream.quantity(row)).build());
            }
        }
        return commands;
    }

    /** A fresh exchange-core with the stream's users and symbols: the state reset between iterations. */
    void reset()
    {
        if (core != null)
        {
            core.shutdown();
        }
        counting = false;
        final PerformanceConfiguration performance = PerformanceConfiguration.throughputPerformanceBuilder()
            .matchingEnginesNum(1)
            .riskEnginesNum(1)
            .threadFactory(ExchangeCorePipelineReplay::daemonThread)
            .waitStrategy(CoreWaitStrategy.YIELDING)
            .orderBookFactory(OrderBookDirectImpl::new)
            .build();
        final ExchangeConfiguration configuration = ExchangeConfiguration.defaultBuilder()
            .ordersProcessingCfg(OrdersProcessingConfiguration.DEFAULT)
            .performanceCfg(performance)
            .initStateCfg(InitialStateConfiguration.CLEAN_TEST)
            .serializationCfg(SerializationConfiguration.DEFAULT)
            .build();
        core = new ExchangeCore(this::onResult, configuration);
        core.startup();
        api = core.getApi();
        for (int symbol = 0; symbol < stream.symbolCount(); symbol++)
        {
            check(api.submitBinaryDataAsync(new BatchAddSymbolsCommand(OrderBookReplay.symbol(symbol))).join());
        }
        for (long uid = 1; uid <= stream.userCount(); uid++)
        {
            check(api.submitCommandAsync(ApiAddUser.builder().uid(uid).build()).join());
            check(api.submitCommandAsync(ApiAdjustUserBalance.builder()
                .uid(uid).currency(QUOTE_CURRENCY).amount(1L << 50).transactionId(uid).build()).join());
        }
        completed.set(0);
        trades = 0;
        failures = 0;
        counting = true;
    }

    /** exchange-core's threads never stop by themselves; daemons cannot keep a failed run alive. */
    private static Thread daemonThread(final Runnable task)
    {
        final Thread thread = new Thread(task, "exchange-core");
        thread.setDaemon(true);
        return thread;
    }

    private static void check(final CommandResultCode result)
    {
        if (result != CommandResultCode.SUCCESS)
        {
            throw new IllegalStateException("exchange-core set-up failed: " + result);
        }
    }

    /** On exchange-core's results thread, for every command in order. */
    private void onResult(final OrderCommand command, final long sequence)
    {
        if (!counting)
        {
            return;
        }
        final OrderCommandType type = command.command;
        if (type != OrderCommandType.PLACE_ORDER && type != OrderCommandType.CANCEL_ORDER &&
            type != OrderCommandType.MOVE_ORDER && type != OrderCommandType.REDUCE_ORDER)
        {
            return;
        }
        if (command.resultCode != CommandResultCode.SUCCESS)
        {
            failures++;
        }
        for (MatcherTradeEvent event = command.matcherEvent; event != null; event = event.nextEvent)
        {
            if (event.eventType == MatcherEventType.TRADE)
            {
                trades++;
            }
        }
        completed.lazySet(completed.get() + 1);
    }

    void replay()
    {
        final ExchangeApi api = this.api;
        for (final ApiCommand command : commands)
        {
            api.submitCommand(command);
        }
        final long expected = commands.size();
        while (completed.get() < expected)
        {
            Thread.yield();
        }
    }

    long trades()
    {
        return trades;
    }

    long failures()
    {
        return failures;
    }

    void close()
    {
        if (core != null)
        {
            core.shutdown();
            core = null;
        }
    }
}
