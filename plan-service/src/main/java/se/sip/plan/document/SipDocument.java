package se.sip.plan.document;

import static se.sip.plan.html.Html.escape;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.sip.plan.PlanAction;
import se.sip.plan.rest.ActionView;
import se.sip.plan.rest.LifeAreaRequest;
import se.sip.plan.rest.PlanRequest;
import se.sip.plan.html.ConsentBox;
import se.sip.plan.rest.PlanView;
import se.sip.platform.consent.ConsentTerms;

/**
 * A plan written out as a SIP document, in the order of the regional SIP template (docs/domain.md, "What a SIP document
 * holds"): one HTML page with its CSS inline, readable on a phone and printable. Every text from the plan is escaped.
 * What the plan does not hold (the person's name and address, who attended, the next meeting) is left as lines to
 * fill in by hand, as on the paper form. A plan that misses any of the four legal points says so first.
 */
final class SipDocument {

    /**
     * Which document this is: a new plan or a follow-up (an agreed version), or the current plan; its date; and the
     * next follow-up when the approved minutes named one.
     */
    record Heading(String title, LocalDate date, String note, LocalDate nextFollowUpOn) {
    }

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;line-height:1.45;color:#111;margin:0}
            main{max-width:52rem;margin:0 auto;padding:1rem}
            h1{font-size:1.5rem;margin:.5rem 0}
            h2{font-size:1.1rem;border-bottom:2px solid #333;padding-bottom:.2rem;margin:1.4rem 0 .5rem}
            h3{font-size:1rem;margin:1rem 0 .3rem}
            p{margin:.3rem 0}
            dl{display:grid;grid-template-columns:minmax(7rem,max-content) 1fr;gap:.3rem 1rem;margin:0}
            dt{font-weight:600}dd{margin:0}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse;width:100%;font-size:.95rem}
            th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{background:#eee}
            .fill{display:block;min-height:1.6rem;border-bottom:1px solid #777}
            .legal{border:3px solid #b00020;background:#fdecee;padding:.6rem .9rem;margin:.5rem 0 1rem}
            .legal.met{border-color:#1b5e20;background:#e8f5e9}
            .meta{color:#444}
            .signature{display:flex;flex-wrap:wrap;gap:1rem 2rem}
            .signature div{flex:1 1 14rem}
            @media (max-width:40rem){dl{grid-template-columns:1fr}dt{margin-top:.4rem}}
            @media print{
              body{font-size:10.5pt}main{max-width:none;padding:0}
              th{background:none}.legal{background:none}
              section,tr{break-inside:avoid}
              h2{break-after:avoid}
              @page{margin:18mm 15mm}
            }""";

    private final StringBuilder html = new StringBuilder(8192);
    private boolean inSection;

    private SipDocument() {
    }

    static String render(PlanView plan, Heading heading, ConsentTerms consent) {
        return new SipDocument().write(plan, heading, consent);
    }

    private String write(PlanView plan, Heading heading, ConsentTerms consent) {
        html.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(Labels.of(plan.kind()))).append("</title>\n")
                .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<main>\n");
        legalMinimum(LegalMinimum.check(plan));
        html.append("<h1>").append(escape(Labels.of(plan.kind()))).append("</h1>\n").append(ConsentBox.of(consent));

        section("Ny plan / Uppföljning, datum");
        html.append("<p><strong>").append(escape(heading.title())).append("</strong>, ").append(heading.date())
                .append("</p>\n<p class=\"meta\">").append(escape(heading.note())).append("</p>\n");

        section("Planen tillhör");
        html.append("<dl>\n");
        term("Personnummer", formatted(plan.personId()));
        html.append("<dt>Namn</dt><dd><span class=\"fill\"></span></dd>\n")
                .append("<dt>Adress</dt><dd><span class=\"fill\"></span></dd>\n")
                .append("<dt>Telefon, e-post</dt><dd><span class=\"fill\"></span></dd>\n</dl>\n");

        section("Eventuell företrädare");
        if (plan.representative() == null) {
            html.append("<p>Ingen företrädare angiven.</p>\n");
        } else {
            html.append("<dl>\n");
            term("Roll", Labels.of(plan.representative().role()));
            term("Namn", plan.representative().name());
            html.append("</dl>\n");
        }

        section("Om den enskilde inte deltar – varför");
        html.append("<span class=\"fill\"></span>\n");

        section("Huvudansvarig (namn, verksamhet)");
        html.append("<p>").append(escape(plan.lead().name())).append(" (").append(escape(plan.lead().orgId()))
                .append(")</p>\n<p class=\"meta\">Huvudansvarig kallar till nästa möte och följer upp planen.</p>\n");

        participants(plan.parties());
        currentSituation(plan.lifeAreas());

        section("Varför gör vi denna plan? Vilka behov finns?");
        paragraph(plan.needs());

        section("Övergripande mål – vad vill jag uppnå?");
        paragraph(plan.individualGoal());

        planning(plan);

        section("Planerad uppföljning");
        html.append("<dl>\n<dt>Plats</dt><dd><span class=\"fill\"></span></dd>\n");
        if (heading.nextFollowUpOn() == null) {
            html.append("<dt>Datum och tid</dt><dd><span class=\"fill\"></span></dd>\n");
        } else {
            html.append("<dt>Datum</dt><dd>").append(heading.nextFollowUpOn()).append(" (enligt protokollet)</dd>\n")
                    .append("<dt>Tid</dt><dd><span class=\"fill\"></span></dd>\n");
        }
        html.append("<dt>Föreslagna deltagare</dt><dd><span class=\"fill\"></span></dd>\n</dl>\n");

        signatures(plan.parties());
        html.append("</section>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void legalMinimum(List<LegalMinimum.Point> points) {
        List<LegalMinimum.Point> missing = points.stream().filter(p -> !p.met()).toList();
        if (missing.isEmpty()) {
            html.append("<p class=\"legal met\">Planen anger lagens fyra minimikrav (socialtjänstlagen och 16 kap. 4 §"
                    + " hälso- och sjukvårdslagen).</p>\n");
            return;
        }
        html.append("<div class=\"legal\" role=\"alert\">\n<p><strong>Planen uppfyller inte lagens minimikrav."
                + "</strong> Av en samordnad individuell plan ska framgå (socialtjänstlagen och 16 kap. 4 § hälso-"
                + " och sjukvårdslagen):</p>\n<ul>\n");
        for (LegalMinimum.Point p : missing) {
            html.append("<li><strong>").append(p.number()).append(". ").append(escape(p.requirement()))
                    .append("</strong> – saknas: ").append(escape(p.shortfall())).append("</li>\n");
        }
        html.append("</ul>\n</div>\n");
    }

    private void participants(List<PlanRequest.PartyDto> parties) {
        section("Inbjudna deltagare");
        html.append("<div class=\"scroll\"><table>\n<thead><tr><th>Namn och verksamhet</th><th>Funktion</th>"
                + "<th>Kontakt</th><th>Deltog</th></tr></thead>\n<tbody>\n");
        for (PlanRequest.PartyDto p : parties) {
            html.append("<tr><td>").append(escape(p.name())).append("</td><td>").append(escape(Labels.of(p.orgType())))
                    .append("</td><td>").append(escape(p.contact())).append("</td><td>☐ ja ☐ nej</td></tr>\n");
        }
        html.append("<tr><td>Den enskilde</td><td></td><td></td><td>☐ ja ☐ nej</td></tr>\n</tbody>\n</table></div>\n");
    }

    /** The current situation and goals per life area: what the planning's goals (delmål) are set against. */
    private void currentSituation(List<PlanView.LifeAreaView> areas) {
        section("Tidigare och pågående åtgärder – hur fungerar det?");
        List<PlanView.LifeAreaView> described = areas.stream()
                .filter(a -> a.currentSituation() != null || !a.goals().isEmpty()).toList();
        if (described.isEmpty()) {
            html.append("<p>Nuläget är inte beskrivet i något livsområde.</p>\n");
        }
        for (PlanView.LifeAreaView a : described) {
            html.append("<h3>").append(escape(Labels.of(a.area()))).append("</h3>\n");
            if (a.currentSituation() != null) {
                paragraph(a.currentSituation());
            }
            if (!a.goals().isEmpty()) {
                html.append("<ul>\n");
                for (LifeAreaRequest.Goal g : a.goals()) {
                    html.append("<li>Mål: ").append(lines(g.text()));
                    if (g.targetDate() != null) {
                        html.append(" <span class=\"meta\">(senast ").append(g.targetDate()).append(")</span>");
                    }
                    html.append("</li>\n");
                }
                html.append("</ul>\n");
            }
        }
    }

    private void planning(PlanView plan) {
        section("Planering");
        Map<UUID, LifeAreaRequest.Goal> goals = plan.lifeAreas().stream().flatMap(a -> a.goals().stream())
                .collect(Collectors.toMap(LifeAreaRequest.Goal::id, Function.identity(), (a, b) -> a));
        Map<String, String> names = plan.parties().stream()
                .collect(Collectors.toMap(PlanRequest.PartyDto::orgId, PlanRequest.PartyDto::name, (a, b) -> a));
        if (plan.actions().isEmpty()) {
            html.append("<p>Inga åtgärder är planerade.</p>\n");
        } else {
            html.append("<div class=\"scroll\"><table>\n<thead><tr><th>Delmål</th><th>Vad och när</th>"
                    + "<th>Ansvarig</th><th>Start–slut</th><th>Uppfyllt</th></tr></thead>\n<tbody>\n");
            for (ActionView a : plan.actions()) {
                LifeAreaRequest.Goal goal = a.goalId() == null ? null : goals.get(a.goalId());
                html.append("<tr><td>").append(escape(Labels.of(a.lifeArea())));
                if (goal != null) {
                    html.append(": ").append(escape(goal.text()));
                }
                html.append("</td><td><strong>").append(escape(Labels.of(a.intervention())));
                if (a.interventionText() != null) {
                    html.append(" (").append(escape(a.interventionText())).append(")");
                }
                html.append("</strong><br>").append(lines(a.description())).append("<br><span class=\"meta\">")
                        .append(escape(Labels.of(a.status()))).append("</span></td><td>")
                        .append(escape(responsible(a.responsibleOrgId(), names))).append("</td><td>")
                        .append(a.startOn() == null ? "" : a.startOn().toString()).append("–").append(a.dueOn())
                        .append("</td><td>")
                        .append(a.achieved() == null ? "" : a.achieved() ? "Ja" : "Nej").append("</td></tr>\n");
            }
            html.append("</tbody>\n</table></div>\n");
        }

        html.append("<h3>Åtgärder som vidtas av andra än kommunen och regionen, och av den enskilde</h3>\n");
        if (plan.otherMeasures().isEmpty()) {
            html.append("<p>Inga angivna.</p>\n");
        } else {
            html.append("<ul>\n");
            for (PlanRequest.OtherMeasureDto m : plan.otherMeasures()) {
                String who = m.responsibleName() != null ? m.responsibleName()
                        : responsible(m.responsibleOrgId(), names);
                html.append("<li>").append(lines(m.description())).append(" <span class=\"meta\">(")
                        .append(escape(who)).append(")</span></li>\n");
            }
            html.append("</ul>\n");
        }

        if (plan.youthOrder() != null) {
            PlanRequest.YouthOrderDto o = plan.youthOrder();
            html.append("<h3>Beställning till resursenheten</h3>\n<dl>\n");
            term("Utförare", responsible(o.resourceUnitOrgId(), names));
            term("Beställd", o.orderedOn().toString());
            term("Insatsen gäller", o.interventionFrom() + "–" + o.interventionTo());
            html.append("</dl>\n");
        }
    }

    private void signatures(List<PlanRequest.PartyDto> parties) {
        section("Underskrifter");
        html.append("<div class=\"signature\">\n<div><span class=\"fill\"></span>Den enskilde</div>\n");
        for (PlanRequest.PartyDto p : parties) {
            html.append("<div><span class=\"fill\"></span>").append(escape(p.name())).append("</div>\n");
        }
        html.append("</div>\n");
    }

    private void section(String title) {
        if (inSection) {
            html.append("</section>\n");
        }
        inSection = true;
        html.append("<section>\n<h2>").append(escape(title)).append("</h2>\n");
    }

    private void term(String name, String value) {
        html.append("<dt>").append(escape(name)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    private void paragraph(String text) {
        html.append("<p>").append(text == null ? "" : lines(text)).append("</p>\n");
    }

    private static String responsible(String orgId, Map<String, String> names) {
        return PlanAction.INDIVIDUAL.equals(orgId) ? "Den enskilde själv" : names.getOrDefault(orgId, orgId);
    }

    /** YYYYMMDD-NNNN, as the number is written on paper. */
    private static String formatted(String personId) {
        return personId.substring(0, 8) + "-" + personId.substring(8);
    }

    private static String lines(String text) {
        return escape(text).replace("\n", "<br>");
    }
}
