package org.aicnet.conformance.preflight;

import org.aicnet.conformance.config.Setting;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;

/**
 * Turns a request that got no answer into one line that says what to fix: nothing listening, a host that does not
 * resolve, https to a port that speaks plain HTTP, an untrusted certificate, no answer in time.
 */
final class ConnectionHint {

    private ConnectionHint() {
    }

    static String of(URI base, Throwable failure) {
        String where = base.getHost() + ":" + port(base);
        Throwable cause = find(failure, UnknownHostException.class);
        if (cause != null) {
            return "the host " + base.getHost() + " of " + Setting.BASE_URL.flag() + " is not known (DNS): check the URL";
        }
        if (find(failure, ConnectException.class) != null || find(failure, NoRouteToHostException.class) != null) {
            return "nothing listens at " + where + ": start the platform, or check the host and port of "
                    + Setting.BASE_URL.flag() + " " + base;
        }
        if (find(failure, CertificateException.class) != null
                || messageContains(find(failure, SSLHandshakeException.class), "PKIX", "certificate")) {
            return "the TLS certificate of " + where + " is not trusted: give " + Setting.TRUST_STORE.flag()
                    + " FILE with its CA (or " + Setting.INSECURE_TLS.flag() + " for a test platform)";
        }
        SSLException tls = find(failure, SSLException.class);
        if (tls != null && "https".equals(base.getScheme())
                && messageContains(tls, "Unsupported or unrecognized SSL message", "plaintext")) {
            return where + " speaks plain HTTP, not TLS: use http:// in " + Setting.BASE_URL.flag()
                    + " (or the platform's TLS port)";
        }
        if (tls != null) {
            return "the TLS handshake with " + where + " failed (" + tls.getMessage() + "): check the scheme and port of "
                    + Setting.BASE_URL.flag();
        }
        if (find(failure, SocketTimeoutException.class) != null) {
            return where + " accepted no connection or sent no answer in time: check " + Setting.BASE_URL.flag()
                    + ", a firewall or " + Setting.PROXY.flag();
        }
        if ("http".equals(base.getScheme()) && messageContains(failure, "failed to respond", "Connection reset")) {
            return where + " closed the connection without an HTTP answer: if it speaks TLS, use https:// in "
                    + Setting.BASE_URL.flag();
        }
        return "no answer from " + where + ": " + root(failure);
    }

    private static int port(URI base) {
        return base.getPort() >= 0 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static boolean messageContains(Throwable failure, String... parts) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            for (String part : parts) {
                if (message.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
