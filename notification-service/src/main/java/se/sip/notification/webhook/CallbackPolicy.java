package se.sip.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where webhooks may be sent: https to public addresses only, so that a subscription cannot make the platform call
 * into its own network (loopback, private, link-local and metadata addresses such as 169.254.169.254). Hosts on the
 * configured allow-list (local runs and tests) are exempt. Checked when subscribing and again before every attempt,
 * against addresses a DNS name has come to resolve to since.
 */
@ApplicationScoped
class CallbackPolicy {

    private final Set<String> allowedHosts;

    CallbackPolicy(WebhookConfig config) {
        this.allowedHosts = config.allowedHosts().orElse(Set.of());
    }

    /** The URL if it may be called; otherwise why not, as a sentence safe to show. */
    public URI check(String callbackUrl) throws RefusedCallback {
        URI uri;
        try {
            uri = new URI(callbackUrl);
        } catch (URISyntaxException e) {
            throw new RefusedCallback("callbackUrl is not a URL.");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new RefusedCallback("callbackUrl must be an absolute URL with a host and no user information.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new RefusedCallback("callbackUrl must be an http(s) URL.");
            }
            return uri;
        }
        if (!scheme.equals("https")) {
            throw new RefusedCallback("callbackUrl must be an https URL.");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new RefusedCallback("The host of callbackUrl cannot be resolved.");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new RefusedCallback("callbackUrl resolves to a private, loopback or link-local address;"
                        + " webhooks go to public addresses only.");
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 100.64/10 carrier-grade NAT, 0/8 "this network", 198.18/15 benchmarking, 240/4 reserved.
            return !(first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 198
                    && (second == 18 || second == 19)) || first >= 240);
        }
        // fc00::/7 unique local addresses (the IPv6 private range).
        return (b[0] & 0xfe) != 0xfc;
    }

    /** A callback URL that may not be called, with the reason. */
    static final class RefusedCallback extends Exception {

        RefusedCallback(String reason) {
            super(reason, null, false, false);
        }
    }
}
