package se.sip.platform.person;

import java.util.regex.Pattern;

/** Hides anything shaped like a personal identity number in text bound for a log. */
public final class PersonalNumberMasking {

    private static final int FRAMES = 30;
    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)((?:\\d{2})?\\d{6})[-+]?\\d{4}(?!\\d)");

    private PersonalNumberMasking() {
    }

    public static String mask(String text) {
        return text == null ? null : NUMBER.matcher(text).replaceAll("$1****");
    }

    /**
     * An exception and its causes as a stack trace whose messages are masked (messages may quote input; class and
     * method names in the frames hold no personal data), so an internal error can be traced from the log.
     */
    public static String describe(Throwable e) {
        StringBuilder trace = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!trace.isEmpty()) {
                trace.append("\nCaused by: ");
            }
            trace.append(t.getClass().getName());
            if (t.getMessage() != null) {
                trace.append(": ").append(mask(t.getMessage()));
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, FRAMES); i++) {
                trace.append("\n\tat ").append(frames[i]);
            }
            if (frames.length > FRAMES) {
                trace.append("\n\t... ").append(frames.length - FRAMES).append(" more");
            }
        }
        return trace.toString();
    }
}
