package com.guishen.gscx.ledger;

/**
 * Which column of an account a posting goes to. A debit adds to an account's balance, a credit
 * takes from it: every balance is {@code debits - credits}, so money moving from account A to
 * account B is a credit to A and a debit to B.
 */
public enum Side
{
    DEBIT,
    CREDIT
}
