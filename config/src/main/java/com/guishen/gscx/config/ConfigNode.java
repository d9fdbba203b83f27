package com.guishen.gscx.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A value in the YAML tree together with its path ({@code participants[2].roles[0]}).
 * Reading a value that is missing or of the wrong type reports the problem and returns
 * {@code null} (or the default), so that reading goes on and every problem is found.
 */
final class ConfigNode
{
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JsonNode value;
    private final String path;
    private final ConfigErrors errors;

    ConfigNode(final JsonNode value, final String path, final ConfigErrors errors)
    {
        this.value = value == null ? MissingNode.getInstance() : value;
        this.path = path;
        this.errors = errors;
    }

    String path()
    {
        return path;
    }

    /** The value under a key of this mapping (missing when absent or when this is no mapping). */
    ConfigNode get(final String key)
    {
        return new ConfigNode(value.path(key), path.isEmpty() ? key : path + "." + key, errors);
    }

    /** Whether no value is given (key absent, or written without a value). */
    boolean isMissing()
    {
        return value.isMissingNode() || value.isNull();
    }

    /** Whether the value is a list (possibly empty). */
    boolean isList()
    {
        return value.isArray();
    }

    /** Reports a problem with this value. */
    void error(final String message)
    {
        errors.add(path, message);
    }

    /** The value as written, for messages: {@code -0.01}, {@code SZX}, {@code ""}, {@code a list}. */
    String got()
    {
        if (value.isObject())
        {
            return "a mapping";
        }
        if (value.isArray())
        {
            return "a list";
        }
        if (isMissing())
        {
            return "nothing";
        }
        if (value.isBigDecimal())
        {
            return value.decimalValue().toPlainString();
        }
        final String text = value.asText();
        return text.isEmpty() ? "\"\"" : text;
    }

    /** Reports each key of this mapping that is not one of {@code known}. */
    void rejectUnknownKeys(final Collection<String> known)
    {
        final Iterator<String> keys = value.fieldNames();
        while (keys.hasNext())
        {
            final String key = keys.next();
            if (!known.contains(key))
            {
                get(key).error("unknown key (expected one of: " + String.join(", ", known) + ")");
            }
        }
    }

    /**
     * This value as a mapping whose keys must all be known. A missing optional mapping reads
     * as an empty one, so that every setting in it takes its default.
     */
    ConfigNode mapping(final boolean required, final String... knownKeys)
    {
        if (isMissing())
        {
            if (required)
            {
                error("is required");
            }
            return new ConfigNode(MissingNode.getInstance(), path, errors);
        }
        if (!value.isObject())
        {
            error("must be a mapping of keys to values, got " + got());
            return new ConfigNode(MissingNode.getInstance(), path, errors);
        }
        rejectUnknownKeys(Arrays.asList(knownKeys));
        return this;
    }

    /** The elements of this list, each with its path ({@code instruments[3]}); empty when missing. */
    List<ConfigNode> list(final boolean required)
    {
        if (isMissing())
        {
            if (required)
            {
                error("is required");
            }
            return List.of();
        }
        if (!value.isArray())
        {
            error("must be a list, got " + got());
            return List.of();
        }
        final List<ConfigNode> elements = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++)
        {
            elements.add(new ConfigNode(value.get(i), path + "[" + i + "]", errors));
        }
        return elements;
    }

    /** A required text value. */
    String text()
    {
        if (isMissing())
        {
            error("is required");
            return null;
        }
        if (!value.isValueNode())
        {
            error("must be a single value, got " + got());
            return null;
        }
        return value.asText();
    }

    /** An optional text value. */
    String text(final String defaultValue)
    {
        return isMissing() ? defaultValue : text();
    }

    /** A required decimal, written as a YAML number or a string; never passes through a double. */
    BigDecimal decimal()
    {
        if (isMissing())
        {
            error("is required");
            return null;
        }
        final BigDecimal number = number();
        if (number == null)
        {
            error("must be a decimal number, got " + got());
        }
        return number;
    }

    /** An optional decimal. */
    BigDecimal decimal(final BigDecimal defaultValue)
    {
        return isMissing() ? defaultValue : decimal();
    }

    /** A required whole number. */
    Long whole()
    {
        if (isMissing())
        {
            error("is required");
            return null;
        }
        final BigDecimal number = number();
        try
        {
            if (number != null)
            {
                return number.toBigIntegerExact().longValueExact();
            }
        }
        catch (final ArithmeticException notWholeOrTooLarge)
        {
            // reported below
        }
        error("must be a whole number, got " + got());
        return null;
    }

    /** An optional whole number. */
    Long whole(final long defaultValue)
    {
        return isMissing() ? Long.valueOf(defaultValue) : whole();
    }

    /** The value as a number if it is one (YAML number or numeric string), else null. */
    private BigDecimal number()
    {
        if (value.isBigDecimal() || value.isIntegralNumber())
        {
            return value.decimalValue();
        }
        if (value.isNumber() || value.isTextual())
        {
            try
            {
                return new BigDecimal(value.asText().trim());
            }
            catch (final NumberFormatException notANumber)
            {
                return null;
            }
        }
        return null;
    }

    /** A required id that must be one of {@code ids} (a resource or site defined in the config). */
    String knownId(final Set<String> ids, final String what)
    {
        final String id = text();
        if (id != null && !ids.contains(id))
        {
            error("unknown " + what + " (defined: " + String.join(", ", ids) + "), got " + got());
            return null;
        }
        return id;
    }

    /** A required text that is not blank. */
    String nonEmptyText()
    {
        final String text = text();
        if (text != null && text.isBlank())
        {
            error("must not be empty");
            return null;
        }
        return text;
    }

    /** A required decimal >= 0. */
    BigDecimal nonNegativeDecimal()
    {
        final BigDecimal number = decimal();
        if (number != null && number.signum() < 0)
        {
            error("must be >= 0, got " + got());
            return null;
        }
        return number;
    }

    /** A required decimal > 0. */
    BigDecimal positiveDecimal()
    {
        return positive(decimal());
    }

    /** A required whole number > 0. */
    Long positiveWhole()
    {
        final Long number = whole();
        if (number != null && number <= 0)
        {
            error("must be > 0, got " + got());
            return null;
        }
        return number;
    }

    /** A whole number between min and max inclusive; the default when missing (null = required). */
    Long wholeBetween(final long min, final long max, final Long defaultValue)
    {
        final Long number = defaultValue == null ? whole() : whole(defaultValue);
        if (number != null && (number < min || number > max))
        {
            error("must be >= " + min + " and <= " + max + ", got " + got());
            return null;
        }
        return number;
    }

    /** A percentage in [0, 100) (a price band), or the default when missing. */
    BigDecimal percentBelowHundred(final BigDecimal defaultValue)
    {
        final BigDecimal pct = decimal(defaultValue);
        if (pct != null && (pct.signum() < 0 || pct.compareTo(HUNDRED) >= 0))
        {
            error("must be >= 0 and < 100, got " + got());
            return null;
        }
        return pct;
    }

    /** A percentage in [0, 100], or the default when missing (null = required). */
    BigDecimal percent(final BigDecimal defaultValue)
    {
        final BigDecimal pct = defaultValue == null ? decimal() : decimal(defaultValue);
        if (pct != null && (pct.signum() < 0 || pct.compareTo(HUNDRED) > 0))
        {
            error("must be >= 0 and <= 100, got " + got());
            return null;
        }
        return pct;
    }

    /** Money that fits the engine's fixed point: >= 0, at most 4 decimals; the default when missing (null = required). */
    BigDecimal amount(final BigDecimal defaultValue)
    {
        final BigDecimal amount = defaultValue == null ? decimal() : decimal(defaultValue);
        if (amount != null && amount.signum() < 0)
        {
            error("must be >= 0, got " + got());
            return null;
        }
        return fixedPoint(amount);
    }

    /** Money or a price that fits the engine's fixed point: > 0, at most 4 decimals; the default when missing (null = required). */
    BigDecimal positiveAmount(final BigDecimal defaultValue)
    {
        return fixedPoint(defaultValue == null ? positiveDecimal() : positive(decimal(defaultValue)));
    }

    private BigDecimal fixedPoint(final BigDecimal amount)
    {
        if (amount != null && !FixedPoint.fits(amount))
        {
            error("must have at most " + FixedPoint.DECIMALS + " decimals (the engine's fixed point), got " + got());
            return null;
        }
        return amount;
    }

    private BigDecimal positive(final BigDecimal number)
    {
        if (number != null && number.signum() <= 0)
        {
            error("must be > 0, got " + got());
            return null;
        }
        return number;
    }

    /** A required enum constant, written exactly as its name. */
    <E extends Enum<E>> E choice(final Class<E> type)
    {
        final String text = text();
        if (text == null)
        {
            return null;
        }
        for (final E constant : type.getEnumConstants())
        {
            if (constant.name().equals(text))
            {
                return constant;
            }
        }
        final String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        error("must be one of " + names + ", got " + got());
        return null;
    }

    /** An optional enum constant. */
    <E extends Enum<E>> E choice(final Class<E> type, final E defaultValue)
    {
        return isMissing() ? defaultValue : choice(type);
    }

    /** An optional boolean ({@code true} or {@code false}). */
    Boolean flag(final boolean defaultValue)
    {
        if (isMissing())
        {
            return defaultValue;
        }
        if (!value.isBoolean())
        {
            error("must be true or false, got " + got());
            return null;
        }
        return value.asBoolean();
    }

    /** An optional ISO-8601 duration ({@code PT1H}). */
    Duration duration(final Duration defaultValue)
    {
        if (isMissing())
        {
            return defaultValue;
        }
        final String text = text();
        if (text == null)
        {
            return null;
        }
        try
        {
            return Duration.parse(text.trim());
        }
        catch (final DateTimeParseException e)
        {
            error("must be an ISO-8601 duration such as PT1H or PT30M, got " + got());
            return null;
        }
    }
}
