package se.sip.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server notification-service sends its invitation e-mails to, as a developer's local catcher would be:
 * GreenMail, a real SMTP server, on a free port. Each mail is read back as MIME, its parts decoded.
 */
final class MailCatcher implements AutoCloseable {

    /** One message as received: its recipients, the raw MIME text, and every part decoded. */
    record Mail(List<String> recipients, String data, String decoded) {
    }

    private static GreenMail server;

    MailCatcher() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
    }

    int port() {
        return server.getSmtp().getPort();
    }

    /** Every message received so far (one copy per recipient). */
    static List<Mail> mails() {
        return Arrays.stream(server.getReceivedMessages()).map(MailCatcher::read).toList();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static Mail read(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            List<String> recipients = to == null ? List.of()
                    : Arrays.stream(to).map(a -> ((InternetAddress) a).getAddress()).toList();
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            StringBuilder decoded = new StringBuilder();
            decode(message, decoded);
            return new Mail(recipients, raw.toString(StandardCharsets.UTF_8), decoded.toString());
        } catch (MessagingException e) {
            throw new IllegalStateException("An unreadable mail: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends the text of a part and, for a multipart, of each of its parts, transfer encoding undone. */
    private static void decode(Part part, StringBuilder text) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                decode(parts.getBodyPart(i), text);
            }
        } else {
            text.append(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).append('\n');
        }
    }
}
