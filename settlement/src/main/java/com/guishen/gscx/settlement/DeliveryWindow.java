package com.guishen.gscx.settlement;

/**
 * When compute of an instrument is delivered, in epoch nanoseconds: {@code [start, end)}.
 */
public record DeliveryWindow(long start, long end)
{
}
