package fr.pme.ventes.acquisition;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps credentials and tokens found in URLs out of logs, messages, landing descriptions and the database:
 * the user-info part, and query values whose name or look says they are secret.
 */
public final class UrlRedactor {
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i)(token|secret|password|passwd|pwd|key|apikey|api_key|access_token|auth|signature|sig|credential|session|jwt|bearer|code)");
    private static final Pattern QUERY_PAIR = Pattern.compile("([^&=]+)=([^&]*)");
    /** Long random-looking values (letters and digits mixed), or a JWT, are secrets whatever their name. */
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "(?=[A-Za-z0-9._~+/%=-]{20,})(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9._~+/%=-]+|eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9._-]+");
    private static final Pattern USER_INFO_IN_TEXT = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@?#]+@");
    private static final Pattern QUERY_IN_TEXT = Pattern.compile("([?&])([^&=\\s?#]+)=([^&\\s#]*)");

    private UrlRedactor() {
    }

    public static String redact(URI uri) {
        if (uri.getRawUserInfo() == null && uri.getRawQuery() == null) {
            return uri.toString();
        }
        if (uri.getRawAuthority() == null) {
            return redactText(uri.toString());
        }
        StringBuilder out = new StringBuilder();
        out.append(uri.getScheme()).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append("***@");
        }
        out.append(uri.getRawAuthority().substring(uri.getRawAuthority().indexOf('@') + 1));
        out.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            out.append('?').append(redactQuery(uri.getRawQuery()));
        }
        return out.toString();
    }

    public static String redact(String url) {
        try {
            return redact(URI.create(url));
        } catch (IllegalArgumentException e) {
            return redactText(url);
        }
    }

    /** Redacts every URL-looking part of a free text, e.g. an HTTP client's error message that quotes the request. */
    public static String redactText(String text) {
        if (text == null) {
            return null;
        }
        String out = USER_INFO_IN_TEXT.matcher(text).replaceAll("$1***@");
        Matcher m = QUERY_IN_TEXT.matcher(out);
        StringBuilder redacted = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(redacted, Matcher.quoteReplacement(m.group(1) + m.group(2) + "="
                    + (secret(m.group(2), m.group(3)) ? "***" : m.group(3))));
        }
        m.appendTail(redacted);
        return redacted.toString();
    }

    private static String redactQuery(String query) {
        Matcher m = QUERY_PAIR.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(name + "=" + (secret(name, m.group(2)) ? "***" : m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean secret(String name, String value) {
        return SECRET_KEY.matcher(name.toLowerCase(Locale.ROOT)).find() || SECRET_VALUE.matcher(value).matches();
    }
}
