package com.guishen.gscx.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML text into a Jackson tree in which decimals stay exactly as written
 * ({@code 0.10} is 0.10, never a double), and turns syntax errors into one line that names
 * the line and column.
 */
final class YamlDocument
{
    private static final ObjectMapper MAPPER = YAMLMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();

    private YamlDocument()
    {
    }

    /** The tree of the text, or null (with the syntax error reported) when it is not valid YAML. */
    static JsonNode parse(final String text, final ConfigErrors errors)
    {
        try
        {
            return MAPPER.readTree(text);
        }
        catch (final JsonProcessingException e)
        {
            errors.add("", syntaxError(e));
            return null;
        }
    }

    private static String syntaxError(final JsonProcessingException e)
    {
        if (e.getCause() instanceof MarkedYAMLException)
        {
            final MarkedYAMLException yaml = (MarkedYAMLException)e.getCause();
            final Mark mark = yaml.getProblemMark();
            final String problem = yaml.getProblem() == null ? yaml.getMessage() : yaml.getProblem();
            return mark == null ? problem : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": " + problem;
        }
        final JsonLocation location = e.getLocation();
        final String problem = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
        return location == null ? problem : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + problem;
    }
}
