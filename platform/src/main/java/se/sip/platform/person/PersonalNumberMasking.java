package se.sip.platform.person;

import java.util.regex.Pattern;

/** Hides anything shaped like a personal identity number in text bound for a log. */
public final class PersonalNumberMasking {

    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)((?:\\d{2})?\\d{6})[-+]?\\d{4}(?!\\d)");

    private PersonalNumberMasking() {
    }

    public static String mask(String text) {
        return text == null ? null : NUMBER.matcher(text).replaceAll("$1****");
    }

    /** An exception and its causes as one masked line: types and messages, no stack. */
    public static String describe(Throwable e) {
        StringBuilder line = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!line.isEmpty()) {
                line.append(" <- ");
            }
            line.append(t.getClass().getName());
            if (t.getMessage() != null) {
                line.append(": ").append(mask(t.getMessage()));
            }
        }
        return line.toString();
    }
}
