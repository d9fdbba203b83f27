package com.guishen.gscx.config;

import java.util.Objects;

/**
 * One of the two exchanges and where its money goes: the ledger account that collects the
 * fees of its members and the clearing account through which it settles with the other
 * exchange (DESIGN.md section 7).
 *
 * @param id                    {@code SZDE} or {@code GYBDE}.
 * @param name                  display name, e.g. "Shenzhen Data Exchange".
 * @param city                  seat of the exchange; default empty.
 * @param feeAccount            ledger account id for fee revenue; default {@code <id>.fees}.
 * @param clearingAccount       ledger account id for inter-exchange obligations; default {@code <id>.clearing}.
 * @param settlementBankAccount bank account printed on settlement instructions; default empty.
 */
public record Exchange(
    ExchangeId id,
    String name,
    String city,
    String feeAccount,
    String clearingAccount,
    String settlementBankAccount)
{
    /** The default fee account of an exchange: {@code SZDE.fees}. */
    public static String defaultFeeAccount(final ExchangeId id)
    {
        return Objects.requireNonNull(id) + ".fees";
    }

    /** The default clearing account of an exchange: {@code SZDE.clearing}. */
    public static String defaultClearingAccount(final ExchangeId id)
    {
        return Objects.requireNonNull(id) + ".clearing";
    }
}
