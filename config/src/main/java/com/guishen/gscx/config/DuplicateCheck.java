package com.guishen.gscx.config;

import java.util.HashMap;
import java.util.Map;

/** Reports a value (id, symbol, port, topic) that was already used at another path. */
final class DuplicateCheck<T>
{
    private final Map<T, String> firstPaths = new HashMap<>();

    /** Claims the value for this node; reports and returns false when an earlier node has it. */
    boolean claim(final ConfigNode node, final T value)
    {
        return claim(node, value, node.got());
    }

    /** As {@link #claim(ConfigNode, Object)}, showing the value as {@code shown} in the message. */
    boolean claim(final ConfigNode node, final T value, final String shown)
    {
        final String first = firstPaths.putIfAbsent(value, node.path());
        if (first != null)
        {
            node.error("duplicate of " + first + ", got " + shown);
            return false;
        }
        return true;
    }
}
