package se.sip.plan.html;

import io.quarkus.qute.TemplateExtension;

import se.sip.platform.consent.ConsentTerms;

/**
 * The words of the consent box ({@code templates/consent-box.html}), which the SIP document and the printable schedule
 * include: template extensions of the consent's terms, so each page only names the terms it rests on.
 */
@TemplateExtension
final class ConsentBox {

    private ConsentBox() {
    }

    /** Until when the consent applies: "gäller till och med 2027-11-22." or "gäller tills vidare." */
    static String validity(ConsentTerms terms) {
        return terms.validUntil() == null ? "gäller tills vidare." : "gäller till och med " + terms.validUntil() + ".";
    }

    /** What the consent must not cover, or that it names nothing. */
    static String exclusions(ConsentTerms terms) {
        return terms.restrictions() == null || terms.restrictions().isBlank() ? "inga begränsningar angivna."
                : terms.restrictions();
    }
}
