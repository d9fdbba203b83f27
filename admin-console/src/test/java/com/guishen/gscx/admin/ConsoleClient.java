package com.guishen.gscx.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A plain JDK HttpClient speaking to the console as the page does: a session cookie and the CSRF header. */
final class ConsoleClient
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One answer: status, body, and the Set-Cookie header if any. */
    record Answer(int status, String body, String setCookie, String contentType)
    {
        JsonNode json()
        {
            try
            {
                return JSON.readTree(body);
            }
            catch (final IOException ex)
            {
                throw new AssertionError("not JSON: " + body, ex);
            }
        }

        String error()
        {
            return json().path("error").asText();
        }
    }

    private final String base;
    String cookie;
    String csrf;

    ConsoleClient(final String url)
    {
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Logs in; returns the answer (the cookie and CSRF token are kept on success). */
    Answer login(final String user, final String password)
    {
        final Answer answer = send("POST", "/api/login", "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}",
            "application/json");
        if (answer.status() == 200)
        {
            cookie = answer.setCookie().split(";")[0];
            csrf = answer.json().get("csrfToken").asText();
        }
        return answer;
    }

    Answer get(final String path)
    {
        return send("GET", path, null, null);
    }

    Answer post(final String path, final String json)
    {
        return send("POST", path, json, "application/json");
    }

    Answer send(final String method, final String path, final String body, final String contentType)
    {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() :
                HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null)
        {
            request.header("Content-Type", contentType);
        }
        if (cookie != null)
        {
            request.header("Cookie", cookie);
        }
        if (csrf != null && !method.equals("GET"))
        {
            request.header(ConsoleApi.CSRF_HEADER, csrf);
        }
        try
        {
            final HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Set-Cookie").orElse(null),
                response.headers().firstValue("Content-Type").orElse(""));
        }
        catch (final IOException ex)
        {
            throw new AssertionError(method + " " + path + " failed: " + ex, ex);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", ex);
        }
    }
}
