package se.sip.platform.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personal identity number (personnummer) or coordination number (samordningsnummer, day + 60), always
 * twelve digits once parsed. {@link #toString()} is masked so that the number cannot reach a log by accident.
 */
public final class PersonalIdentityNumber {

    private static final Pattern FORM = Pattern.compile("(\\d{8})[-+]?(\\d{4})");
    private static final int COORDINATION_DAY_OFFSET = 60;

    private final String digits;

    private PersonalIdentityNumber(String digits) {
        this.digits = digits;
    }

    /** Accepts {@code YYYYMMDDNNNN} and {@code YYYYMMDD-NNNN}; throws with a message that never quotes the input. */
    public static PersonalIdentityNumber parse(String raw) {
        return new PersonalIdentityNumber(normalise(raw));
    }

    /** Why {@code raw} is not a valid number, in words fit for an error message, or empty if it is valid. */
    public static Optional<String> problemWith(String raw) {
        try {
            normalise(raw);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static String normalise(String raw) {
        Matcher m = raw == null ? null : FORM.matcher(raw.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("must be 12 digits, as YYYYMMDDNNNN or YYYYMMDD-NNNN");
        }
        String digits = m.group(1) + m.group(2);
        try {
            LocalDate born = birthDate(digits);
            if (born.getYear() < 1870 || born.isAfter(LocalDate.now())) {
                throw new IllegalArgumentException("has a birth date that is not possible");
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("has a birth date that does not exist");
        }
        if (!luhnValid(digits.substring(2))) {
            throw new IllegalArgumentException("has a wrong check digit");
        }
        return digits;
    }

    private static boolean luhnValid(String tenDigits) {
        return checkDigit(tenDigits.substring(0, 9)) == tenDigits.charAt(9) - '0';
    }

    /** The Luhn check digit of YYMMDDNNN, the last of the ten digits. */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = nineDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    /** The twelve digits. Only for storage and for the person's own documents, never for logs or events. */
    public String value() {
        return digits;
    }

    public boolean isCoordinationNumber() {
        return Integer.parseInt(digits.substring(6, 8)) > COORDINATION_DAY_OFFSET;
    }

    /** The birth date the number gives; for a coordination number its day less 60. */
    public LocalDate bornOn() {
        return birthDate(digits);
    }

    /** Completed years on {@code day}, as age is counted in law (a birthday on 29 February counts on 1 March). */
    public int ageOn(LocalDate day) {
        return Period.between(bornOn(), day).getYears();
    }

    private static LocalDate birthDate(String digits) {
        int day = Integer.parseInt(digits.substring(6, 8));
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                day > COORDINATION_DAY_OFFSET ? day - COORDINATION_DAY_OFFSET : day);
    }

    /** The birth date with the last four digits hidden, e.g. {@code 19121212****}. */
    public String masked() {
        return digits.substring(0, 8) + "****";
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalIdentityNumber other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }
}
