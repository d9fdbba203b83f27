package com.guishen.gscx.benchmarks.exchangecore;

import exchange.core2.collections.objpool.ObjectsPool;
import exchange.core2.core.common.CoreSymbolSpecification;
import exchange.core2.core.common.MatcherEventType;
import exchange.core2.core.common.MatcherTradeEvent;
import exchange.core2.core.common.OrderAction;
import exchange.core2.core.common.OrderType;
import exchange.core2.core.common.SymbolType;
import exchange.core2.core.common.cmd.CommandResultCode;
import exchange.core2.core.common.cmd.OrderCommand;
import exchange.core2.core.common.cmd.OrderCommandType;
import exchange.core2.core.common.config.LoggingConfiguration;
import exchange.core2.core.orderbook.IOrderBook;
import exchange.core2.core.orderbook.OrderBookDirectImpl;
import exchange.core2.core.orderbook.OrderBookEventsHelper;

/**
 * exchange-core at book level, the primary peer: one {@link OrderBookDirectImpl} per symbol,
 * fed through {@link IOrderBook#processCommand} from a single reused {@link OrderCommand}, on
 * the calling thread, with no risk checks (exchange-core does those in another stage). Built
 * the way exchange-core's own order-book tests build it (test objects pool, non-pooled
 * events). Trades are counted from the events each command leaves on the command.
 */
final class OrderBookReplay
{
    private final ExchangeCoreStream stream;
    private final OrderCommand command = new OrderCommand();
    private IOrderBook[] books;

    long trades;
    long failures;

    OrderBookReplay(final ExchangeCoreStream stream)
    {
        this.stream = stream;
    }

    /** Fresh, empty books: the state reset between iterations. */
    void reset()
    {
        books = new IOrderBook[stream.symbolCount()];
        for (int i = 0; i < books.length; i++)
        {
            books[i] = new OrderBookDirectImpl(symbol(i), ObjectsPool.createDefaultTestPool(),
                OrderBookEventsHelper.NON_POOLED_EVENTS_HELPER, LoggingConfiguration.DEFAULT);
        }
        trades = 0;
        failures = 0;
    }

    /** The symbol as exchange-core's margin benchmark declares one: a futures contract, no fees. */
    static CoreSymbolSpecification symbol(final int id)
    {
        return CoreSymbolSpecification.builder()
            .symbolId(id)
            .type(SymbolType.FUTURES_CONTRACT)
            .baseCurrency(1)
            .quoteCurrency(2)
            .baseScaleK(1)
            .quoteScaleK(1)
            .takerFee(0)
            .makerFee(0)
            .marginBuy(1)
            .marginSell(1)
            .build();
    }

    void replay()
    {
        final ExchangeCoreStream stream = this.stream;
        final OrderCommand command = this.command;
        final IOrderBook[] books = this.books;
        long trades = 0;
        long failures = 0;
        for (int row = 0, rows = stream.size(); row < rows; row++)
        {
            final byte kind = stream.kind(row);
            command.orderId = stream.orderId(row);
            command.uid = stream.uid(row);
            command.symbol = stream.symbol(row);
            command.timestamp = row;
            command.matcherEvent = null;
            command.resultCode = CommandResultCode.VALID_FOR_MATCHING_ENGINE;
            switch (kind)
            {
                case ExchangeCoreStream.PLACE_GTC, ExchangeCoreStream.PLACE_IOC ->
                {
                    command.command = OrderCommandType.PLACE_ORDER;
                    command.orderType = kind == ExchangeCoreStream.PLACE_GTC ? OrderType.GTC : OrderType.IOC;
                    command.action = stream.buy(row) ? OrderAction.BID : OrderAction.ASK;
                    command.price = stream.price(row);
                    command.reserveBidPrice = stream.price(row);
                    command.size = stream.quantity(row);
                }
                case ExchangeCoreStream.CANCEL -> command.command = OrderCommandType.CANCEL_ORDER;
                case ExchangeCoreStream.MOVE ->
                {
                    command.command = OrderCommandType.MOVE_ORDER;
                    command.price = stream.price(row);
                }
                default ->
                {
                    command.command = OrderCommandType.REDUCE_ORDER;
                    command.size = stream.quantity(row);
                }
            }
            final CommandResultCode result = IOrderBook.processCommand(books[command.symbol], command);
            if (result != CommandResultCode.SUCCESS)
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
        }
        this.trades = trades;
        this.failures = failures;
    }
}
