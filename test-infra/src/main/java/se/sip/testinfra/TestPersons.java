package se.sip.testinfra;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import se.sip.platform.person.PersonalIdentityNumber;

/** Fresh, valid personal identity numbers, so that every test makes its own person instead of sharing one. */
public final class TestPersons {

    private TestPersons() {
    }

    /** A valid twelve-digit personal identity number of an adult, born between 1940 and 2000. */
    public static String next() {
        return bornOn(LocalDate.of(1940, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(60 * 365)));
    }

    /** A valid twelve-digit personal identity number of someone born on that day (a child, for a youth story). */
    public static String bornOn(LocalDate born) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String nineDigits = String.format("%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(),
                born.getDayOfMonth(), random.nextInt(1000));
        return born.getYear() / 100 + nineDigits + PersonalIdentityNumber.checkDigit(nineDigits);
    }

    /** {@code YYYYMMDD-NNNN}, the form people write. */
    public static String withHyphen(String twelveDigits) {
        return twelveDigits.substring(0, 8) + "-" + twelveDigits.substring(8);
    }

    /** The same number with its check digit changed, so it fails the Luhn check. */
    public static String withWrongCheckDigit(String twelveDigits) {
        char last = twelveDigits.charAt(11);
        return twelveDigits.substring(0, 11) + (char) ('0' + (last - '0' + 1) % 10);
    }
}
