package com.guishen.gscx.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads participants: identity, roles, FIX credentials (hash only, never a password),
 * credit and registered capacity, checked against the catalogue and against each other
 * (a provider needs capacity, a buyer-only participant has none).
 */
final class ParticipantReader
{
    static final Pattern PARTICIPANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final List<String> CREDENTIAL_KEYS = List.of("algorithm", "iterations", "salt", "hash");

    private final Set<String> resourceIds;
    private final Set<String> siteIds;
    private final FeeSchedule fees;

    ParticipantReader(final Set<String> resourceIds, final Set<String> siteIds, final FeeSchedule fees)
    {
        this.resourceIds = resourceIds;
        this.siteIds = siteIds;
        this.fees = fees;
    }

    List<Participant> participants(final ConfigNode section)
    {
        final List<Participant> participants = new ArrayList<>();
        final DuplicateCheck<String> ids = new DuplicateCheck<>();
        for (final ConfigNode item : section.list(true))
        {
            final ConfigNode fields = item.mapping(true, "id", "name", "homeExchange", "roles", "fixCredentials",
                "creditLimit", "capacity", "selfTradePrevention", "fees", "openingDeposit");
            final ConfigNode idNode = fields.get("id");
            String id = idNode.text();
            if (id != null && !PARTICIPANT_ID.matcher(id).matches())
            {
                idNode.error("must match [A-Za-z0-9_-]{1,16}, got " + idNode.got());
                id = null;
            }
            final boolean unique = id != null && ids.claim(idNode, id);
            final String name = fields.get("name").nonEmptyText();
            final ExchangeId home = fields.get("homeExchange").choice(ExchangeId.class);
            final Set<Role> roles = roles(fields.get("roles"));
            final FixCredentials credentials = credentials(fields.get("fixCredentials"));
            final BigDecimal creditLimit = fields.get("creditLimit").amount(BigDecimal.ZERO);
            final List<Capacity> capacity = capacity(fields.get("capacity"), roles);
            final SelfTradePrevention stp = fields.get("selfTradePrevention")
                .choice(SelfTradePrevention.class, Participant.DEFAULT_SELF_TRADE_PREVENTION);
            final FeeRates feeRates = SettingsReader.feeRates(
                fields.get("fees"), home == null ? FeeSchedule.DEFAULT_RATES : fees.defaultsFor(home));
            final BigDecimal openingDeposit = fields.get("openingDeposit").amount(BigDecimal.ZERO);
            if (unique)
            {
                participants.add(new Participant(
                    id, name, home, roles, credentials, creditLimit, capacity, stp, feeRates, openingDeposit));
            }
        }
        return participants;
    }

    private static Set<Role> roles(final ConfigNode node)
    {
        final Set<Role> roles = EnumSet.noneOf(Role.class);
        final List<ConfigNode> elements = node.list(true);
        if (node.isList() && elements.isEmpty())
        {
            node.error("must name at least one of BUYER, PROVIDER");
        }
        final DuplicateCheck<Role> seen = new DuplicateCheck<>();
        for (final ConfigNode element : elements)
        {
            final Role role = element.choice(Role.class);
            if (role != null && seen.claim(element, role))
            {
                roles.add(role);
            }
        }
        return roles;
    }

    static FixCredentials credentials(final ConfigNode node)
    {
        final ConfigNode password = node.get("password");
        final List<String> known = new ArrayList<>(CREDENTIAL_KEYS);
        if (!password.isMissing())
        {
            password.error("passwords are never stored in config: give a PBKDF2 salt and hash (see PasswordHasher)");
            known.add("password");
        }
        final ConfigNode fields = node.mapping(true, known.toArray(new String[0]));
        final ConfigNode algorithmNode = fields.get("algorithm");
        final String algorithm = algorithmNode.text(PasswordHasher.ALGORITHM);
        if (algorithm != null && !algorithm.equals(PasswordHasher.ALGORITHM))
        {
            algorithmNode.error("must be " + PasswordHasher.ALGORITHM + ", got " + algorithmNode.got());
        }
        final ConfigNode iterationsNode = fields.get("iterations");
        final Long iterations = iterationsNode.whole();
        if (iterations != null && (iterations < PasswordHasher.MIN_ITERATIONS || iterations > Integer.MAX_VALUE))
        {
            iterationsNode.error("must be >= " + PasswordHasher.MIN_ITERATIONS + ", got " + iterationsNode.got());
        }
        final String salt = base64(fields.get("salt"), PasswordHasher.SALT_BYTES, false);
        final String hash = base64(fields.get("hash"), PasswordHasher.HASH_BYTES, true);
        return new FixCredentials(algorithm, iterations == null ? 0 : (int)Math.min(iterations, Integer.MAX_VALUE), salt, hash);
    }

    private static String base64(final ConfigNode node, final int bytes, final boolean exact)
    {
        final String text = node.text();
        if (text == null)
        {
            return null;
        }
        final byte[] decoded;
        try
        {
            decoded = Base64.getDecoder().decode(text);
        }
        catch (final IllegalArgumentException e)
        {
            node.error("must be base64, got " + node.got());
            return null;
        }
        if (exact ? decoded.length != bytes : decoded.length < bytes)
        {
            node.error("must decode to " + (exact ? "" : "at least ") + bytes + " bytes, got " + decoded.length + " bytes");
            return null;
        }
        return text;
    }

    private List<Capacity> capacity(final ConfigNode node, final Set<Role> roles)
    {
        final List<ConfigNode> items = node.list(false);
        final boolean provider = roles.contains(Role.PROVIDER);
        if (provider && items.isEmpty() && (node.isMissing() || node.isList()))
        {
            node.error("a provider must register capacity for at least one resource and site");
        }
        if (!provider && roles.contains(Role.BUYER) && !items.isEmpty())
        {
            node.error("a buyer-only participant cannot register capacity (add PROVIDER to its roles, or remove capacity)");
        }
        final List<Capacity> capacity = new ArrayList<>();
        final DuplicateCheck<String> pairs = new DuplicateCheck<>();
        for (final ConfigNode item : items)
        {
            final ConfigNode fields = item.mapping(true, "resource", "site", "units");
            final String resource = fields.get("resource").knownId(resourceIds, "resource");
            final String site = fields.get("site").knownId(siteIds, "site");
            final Long units = fields.get("units").positiveWhole();
            if (resource != null && site != null && pairs.claim(item, resource + "." + site, resource + "." + site) && units != null)
            {
                capacity.add(new Capacity(resource, site, units));
            }
        }
        return capacity;
    }
}
