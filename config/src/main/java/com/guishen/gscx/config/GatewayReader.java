package com.guishen.gscx.config;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the optional {@code gateway} section; every setting has a default, a bad one is reported with its path. */
final class GatewayReader
{
    /** FIX CompIDs: printable, no SOH, no '=' (they travel as tag values). */
    private static final Pattern COMP_ID = Pattern.compile("[A-Za-z0-9_.-]{1,16}");

    private GatewayReader()
    {
    }

    static GatewaySettings gateway(final ConfigNode section, final List<Participant> participants)
    {
        final ConfigNode fields = section.mapping(false, "compId", "bindAddress", "logonTimeout", "sendingTimeTolerance",
            "maxMessageSize", "resetOnDisconnect", "sequenceResetTime", "cancelOnDisconnect", "dropCopy");
        final Set<String> participantIds = new LinkedHashSet<>();
        participants.forEach(participant -> participantIds.add(participant.id()));

        final ConfigNode compIdNode = fields.get("compId");
        String compId = compIdNode.text(GatewaySettings.DEFAULT_COMP_ID);
        if (compId != null && !COMP_ID.matcher(compId).matches())
        {
            compIdNode.error("must be 1-16 letters, digits, '_', '.' or '-', got " + compIdNode.got());
            compId = null;
        }
        else if (compId != null && participantIds.contains(compId))
        {
            compIdNode.error("must differ from every participant id, got " + compIdNode.got());
        }
        final String bindAddress = fields.get("bindAddress").text(GatewaySettings.DEFAULT_BIND_ADDRESS);
        final Duration logonTimeout = positive(fields.get("logonTimeout"), GatewaySettings.DEFAULT_LOGON_TIMEOUT);
        final Duration tolerance = positive(fields.get("sendingTimeTolerance"),
            GatewaySettings.DEFAULT_SENDING_TIME_TOLERANCE);
        final Long maxMessageSize = fields.get("maxMessageSize")
            .wholeBetween(256, 1 << 20, (long)GatewaySettings.DEFAULT_MAX_MESSAGE_SIZE);
        final Boolean resetOnDisconnect = fields.get("resetOnDisconnect").flag(false);
        final LocalTime resetTime = resetTime(fields.get("sequenceResetTime"));
        final Set<String> cancelOnDisconnect = new LinkedHashSet<>();
        for (final ConfigNode element : fields.get("cancelOnDisconnect").list(false))
        {
            final String id = element.knownId(participantIds, "participant");
            if (id != null)
            {
                cancelOnDisconnect.add(id);
            }
        }
        final List<GatewaySettings.DropCopySession> dropCopy = dropCopy(fields.get("dropCopy"), participantIds);
        return new GatewaySettings(compId, bindAddress, logonTimeout, tolerance,
            maxMessageSize == null ? 0 : maxMessageSize.intValue(), Boolean.TRUE.equals(resetOnDisconnect), resetTime,
            cancelOnDisconnect, dropCopy);
    }

    private static List<GatewaySettings.DropCopySession> dropCopy(final ConfigNode node, final Set<String> participantIds)
    {
        final List<GatewaySettings.DropCopySession> sessions = new ArrayList<>();
        final DuplicateCheck<String> ids = new DuplicateCheck<>();
        for (final ConfigNode item : node.list(false))
        {
            final ConfigNode fields = item.mapping(true, "id", "fixCredentials");
            final ConfigNode idNode = fields.get("id");
            String id = idNode.text();
            if (id != null && !ParticipantReader.PARTICIPANT_ID.matcher(id).matches())
            {
                idNode.error("must match [A-Za-z0-9_-]{1,16}, got " + idNode.got());
                id = null;
            }
            else if (id != null && participantIds.contains(id))
            {
                idNode.error("must differ from every participant id, got " + idNode.got());
                id = null;
            }
            final FixCredentials credentials = ParticipantReader.credentials(fields.get("fixCredentials"));
            if (id != null && ids.claim(idNode, id))
            {
                sessions.add(new GatewaySettings.DropCopySession(id, credentials));
            }
        }
        return sessions;
    }

    private static LocalTime resetTime(final ConfigNode node)
    {
        final String text = node.text(GatewaySettings.DEFAULT_SEQUENCE_RESET_TIME);
        if (text == null || text.equals("NEVER"))
        {
            return null;
        }
        try
        {
            return LocalTime.parse(text);
        }
        catch (final DateTimeParseException e)
        {
            node.error("must be a time of day HH:mm (China Standard Time) or NEVER, got " + node.got());
            return null;
        }
    }

    private static Duration positive(final ConfigNode node, final String defaultValue)
    {
        final Duration duration = node.duration(Duration.parse(defaultValue));
        if (duration != null && (duration.isNegative() || duration.isZero()))
        {
            node.error("must be > 0, got " + node.got());
            return null;
        }
        return duration;
    }
}
