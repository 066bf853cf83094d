package se.sip.plan.schedule;

import static se.sip.plan.html.Html.escape;

import java.time.LocalDate;

import se.sip.plan.html.ConsentBox;
import se.sip.platform.time.ClockProducer;

/**
 * The schedule as a printable page in plain Swedish: the paper the individual is handed at the follow-up. Readable on
 * a phone (one column, large text) and on paper (@media print). It names no person: the plan holds the personal
 * identity number, and it is never written here. Every text from the plan is escaped.
 */
final class SchedulePage {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.1rem;\
            line-height:1.5;color:#111;background:#fff;margin:0 auto;max-width:42rem;padding:1rem}\
            h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.2rem;margin:.2rem 0}\
            ol{list-style:none;padding:0;margin:0}li{border-top:1px solid #999;padding:.8rem 0}\
            .when{font-weight:bold;margin:0}.who,.what{margin:.2rem 0}.status{color:#444;margin:.2rem 0}\
            footer{border-top:1px solid #999;margin-top:1rem;padding-top:.5rem;font-size:.9rem;color:#444}\
            @media print{body{font-size:12pt;max-width:none;padding:0}li{break-inside:avoid}\
            footer{color:#000}}""";

    private SchedulePage() {
    }

    static String of(Schedule s) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Ditt schema</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>Ditt schema</h1>\n").append(ConsentBox.of(s.consent()))
                .append("<p>Här är dina inbokade möten och det som ska göras, i tidsordning.</p>\n")
                .append("<p>Samordnas av: ").append(escape(s.leadName())).append("</p>\n");
        if (s.items().isEmpty()) {
            html.append("<p>Inget är inbokat ännu.</p>\n");
        } else {
            html.append("<ol>\n");
            s.items().forEach(item -> item(html, item));
            html.append("</ol>\n");
        }
        html.append("<h2>Kontakter</h2>\n<ul>\n");
        for (Schedule.Contact c : s.contacts()) {
            html.append("<li>").append(escape(c.name()));
            if (c.contact() != null && !c.contact().isBlank()) {
                html.append(": ").append(escape(c.contact()));
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n</main>\n<footer>Utskrivet ")
                .append(SwedishText.day(LocalDate.ofInstant(s.generatedAt(), ClockProducer.SWEDEN)))
                .append(". Hör av dig till den som samordnar om något ändras.</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void item(StringBuilder html, ScheduleItem item) {
        html.append("<li>\n");
        if (item.isMeeting()) {
            html.append("<p class=\"when\">").append(escape(SwedishText.when(item.startsAt(), item.endsAt())))
                    .append("</p>\n<h2>").append(escape(item.title())).append("</h2>\n")
                    .append("<p class=\"what\">").append(escape(SwedishText.format(item.format()))).append("</p>\n");
        } else {
            String when = item.startOn() != null
                    ? "Från " + SwedishText.day(item.startOn()) + " till " + SwedishText.day(item.dueOn())
                    : "Senast " + SwedishText.day(item.dueOn());
            html.append("<p class=\"when\">").append(escape(when)).append("</p>\n<h2>").append(escape(item.title()))
                    .append("</h2>\n<p class=\"what\">").append(escape(item.description())).append("</p>\n")
                    .append("<p class=\"who\">Ansvarig: ").append(escape(item.responsibleName())).append("</p>\n");
        }
        html.append("<p class=\"status\">").append(escape(SwedishText.status(item.status()))).append("</p>\n</li>\n");
    }
}
