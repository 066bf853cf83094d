package se.sip.platform.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PersonalIdentityNumberTest {

    @ParameterizedTest
    @ValueSource(strings = { "191212121212", "19121212-1212", " 19121212-1212 ", "19121212+1212" })
    void acceptsTheCommonFormsAndNormalisesToTwelveDigits(String raw) {
        assertEquals("191212121212", PersonalIdentityNumber.parse(raw).value());
    }

    @Test
    void acceptsACoordinationNumber() {
        // Day 72 is the 12th plus 60.
        PersonalIdentityNumber number = PersonalIdentityNumber.parse("197012721234");
        assertTrue(number.isCoordinationNumber());
    }

    @Test
    void givesTheBirthDateAndTheAgeOnADay() {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse("191212121212");
        assertEquals(LocalDate.of(1912, 12, 12), number.bornOn());
        assertEquals(14, number.ageOn(LocalDate.of(1927, 12, 11)));
        assertEquals(15, number.ageOn(LocalDate.of(1927, 12, 12)));
    }

    @Test
    void aCoordinationNumbersBirthDayIsItsDayLessSixty() {
        assertEquals(LocalDate.of(1970, 12, 12), PersonalIdentityNumber.parse("197012721234").bornOn());
    }

    @ParameterizedTest
    @CsvSource({
            "191212121213, has a wrong check digit",
            "19121312-1212, has a birth date that does not exist",
            "199902301234, has a birth date that does not exist",
            "1912121212, 'must be 12 digits, as YYYYMMDDNNNN or YYYYMMDD-NNNN'",
            "19121212_1212, 'must be 12 digits, as YYYYMMDDNNNN or YYYYMMDD-NNNN'",
            "abcdefghijkl, 'must be 12 digits, as YYYYMMDDNNNN or YYYYMMDD-NNNN'",
            "299912121212, has a birth date that is not possible" })
    void namesWhatIsWrongWithoutQuotingTheNumber(String raw, String problem) {
        assertEquals(Optional.of(problem), PersonalIdentityNumber.problemWith(raw));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PersonalIdentityNumber.parse(raw));
        assertFalse(e.getMessage().contains(raw));
    }

    @Test
    void neverPrintsTheWholeNumber() {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse("191212121212");
        assertEquals("19121212****", number.toString());
        assertEquals("19121212****", number.masked());
    }

    @Test
    void masksNumbersInFreeText() {
        assertEquals("key (person_id)=(19121212****) and 121212**** and 19121212**** too",
                PersonalNumberMasking.mask("key (person_id)=(191212121212) and 121212-1212 and 19121212-1212 too"));
        assertEquals("order 12345 is fine", PersonalNumberMasking.mask("order 12345 is fine"));
    }
}
