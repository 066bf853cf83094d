package se.sip.plan.html;

import static se.sip.plan.html.Html.escape;

import se.sip.platform.consent.ConsentTerms;

/**
 * The consent a page rests on, written near its top so that whoever reads or prints it sees what the person
 * consented to and, above all, what the consent must not cover. Carries its own inline style: the SIP document and
 * the schedule have their own style sheets.
 */
public final class ConsentBox {

    private static final String STYLE = "border:2px solid #333;padding:.5rem .8rem;margin:.5rem 0 1rem";

    private ConsentBox() {
    }

    public static String of(ConsentTerms terms) {
        StringBuilder html = new StringBuilder(256)
                .append("<section class=\"consent\" style=\"").append(STYLE).append("\">\n<p><strong>Samtycke</strong>");
        if (terms == null || !terms.available()) {
            return html.append(": ").append(ConsentTerms.UNAVAILABLE)
                    .append(" just nu. Kontrollera samtyckets begränsningar innan något delas.</p>\n</section>\n")
                    .toString();
        }
        html.append(terms.validUntil() == null ? ": gäller tills vidare." : ": gäller till och med "
                + terms.validUntil() + ".").append("</p>\n<p><strong>Samtycket omfattar inte:</strong> ")
                .append(terms.restrictions() == null || terms.restrictions().isBlank() ? "inga begränsningar angivna."
                        : escape(terms.restrictions()))
                .append("</p>\n</section>\n");
        return html.toString();
    }
}
