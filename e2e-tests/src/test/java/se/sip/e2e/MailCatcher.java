package se.sip.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The SMTP server notification-service sends its invitation e-mails to, as a developer's local catcher would be: it
 * takes every message (plain SMTP, no TLS, no authentication) and keeps it with its recipients.
 */
final class MailCatcher implements AutoCloseable {

    /** One message as received: the RCPT TO addresses and the whole DATA text. */
    record Mail(List<String> recipients, String data) {

        /** The message with its base64 parts (attachments) decoded, to look for what they carry. */
        String decoded() {
            StringBuilder text = new StringBuilder(data);
            StringBuilder block = new StringBuilder();
            for (String line : (data + "\r\n").split("\r\n")) {
                if (line.matches("[A-Za-z0-9+/=]{16,}")) {
                    block.append(line);
                } else if (!block.isEmpty()) {
                    try {
                        text.append(new String(Base64.getDecoder().decode(block.toString()), StandardCharsets.UTF_8));
                    } catch (IllegalArgumentException e) {
                        // Not base64 after all: the raw text is already there.
                    }
                    block.setLength(0);
                }
            }
            return text.toString();
        }
    }

    private static final List<Mail> MAILS = new CopyOnWriteArrayList<>();
    private final ServerSocket server;

    MailCatcher() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "e2e-mail-catcher");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Every message received so far. */
    static List<Mail> mails() {
        return List.copyOf(MAILS);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread session = new Thread(() -> session(socket), "e2e-mail-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void session(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
            reply(out, "220 e2e-mail-catcher ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase();
                if (command.startsWith("EHLO")) {
                    reply(out, "250-e2e-mail-catcher\r\n250 8BITMIME");
                } else if (command.startsWith("RCPT TO:")) {
                    recipients.add(line.substring(8).trim().replaceAll("[<>]", ""));
                    reply(out, "250 OK");
                } else if (command.equals("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    StringBuilder data = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                    }
                    MAILS.add(new Mail(List.copyOf(recipients), data.toString()));
                    recipients.clear();
                    reply(out, "250 OK");
                } else if (command.equals("QUIT")) {
                    reply(out, "221 Bye");
                    return;
                } else {
                    // HELO, MAIL FROM, RSET, NOOP: nothing to keep.
                    reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // The sender hung up; what was received is kept.
        }
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }
}
