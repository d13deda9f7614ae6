package fr.pme.ventes.acquisition;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps credentials and tokens found in URLs out of logs, messages and the database. */
public final class UrlRedactor {
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i)(token|secret|password|passwd|pwd|key|apikey|api_key|access_token|auth|signature|sig|credential|session)");
    private static final Pattern QUERY_PAIR = Pattern.compile("([^&=]+)=([^&]*)");

    private UrlRedactor() {
    }

    public static String redact(URI uri) {
        if (uri.getRawUserInfo() == null && uri.getRawQuery() == null) {
            return uri.toString();
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
            return url.replaceAll("//[^/@]*@", "//***@");
        }
    }

    private static String redactQuery(String query) {
        Matcher m = QUERY_PAIR.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            boolean secret = SECRET_KEY.matcher(name.toLowerCase(Locale.ROOT)).find();
            m.appendReplacement(out, Matcher.quoteReplacement(name + "=" + (secret ? "***" : m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
