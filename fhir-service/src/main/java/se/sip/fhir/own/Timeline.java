package se.sip.fhir.own;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A plan's timeline, laid out for an SVG: milestones above the line, booked meetings below it, and today across it.
 * Each mark has a shape and a word as well as a colour, and the page lists the same marks as text, so the picture is
 * never the only way to read it.
 *
 * @param label what the picture shows, for its accessible name
 * @param ticks the months along the line
 * @param marks milestones and meetings, in time order
 */
record Timeline(String id, String label, List<Tick> ticks, List<Mark> marks, int todayX, String today) {

    static final int WIDTH = 720;
    static final int HEIGHT = 150;
    static final int AXIS_Y = 80;
    private static final int LEFT = 24;
    private static final int RIGHT = 24;
    /** The line reaches a little beyond the first and last marks, and spans at least this many days. */
    private static final int MARGIN_DAYS = 14;
    private static final int MIN_SPAN_DAYS = 90;

    /** One thing on the line; {@code kind} is {@code milestone} or {@code meeting}. */
    record Point(LocalDate day, String kind, String text, String status) {
    }

    /** A month's first day on the line. */
    record Tick(int x, String label) {
    }

    /** A point placed: {@code y} above the line for a milestone, below for a meeting. */
    record Mark(int x, int y, String kind, String text, String day, String status) {

        public boolean isMilestone() {
            return "milestone".equals(kind);
        }

        /** The diamond of a milestone, as SVG polygon points. */
        public String diamond() {
            return x + "," + (y - 8) + " " + (x + 8) + "," + y + " " + x + "," + (y + 8) + " " + (x - 8) + "," + y;
        }
    }

    static Timeline of(String id, List<Point> points, LocalDate today) {
        LocalDate first = Stream.concat(points.stream().map(Point::day), Stream.of(today))
                .min(Comparator.naturalOrder()).orElseThrow().minusDays(MARGIN_DAYS);
        LocalDate last = Stream.concat(points.stream().map(Point::day), Stream.of(today))
                .max(Comparator.naturalOrder()).orElseThrow().plusDays(MARGIN_DAYS);
        if (ChronoUnit.DAYS.between(first, last) < MIN_SPAN_DAYS) {
            last = first.plusDays(MIN_SPAN_DAYS);
        }
        Scale scale = new Scale(first, last);
        List<Mark> marks = points.stream().sorted(Comparator.comparing(Point::day))
                .map(p -> new Mark(scale.x(p.day()), "milestone".equals(p.kind()) ? AXIS_Y - 30 : AXIS_Y + 30,
                        p.kind(), p.text(), Swedish.day(p.day()), p.status()))
                .toList();
        String label = "Tidslinje från " + Swedish.day(first) + " till " + Swedish.day(last) + ": "
                + marks.stream().filter(Mark::isMilestone).count() + " hållpunkter ovanför linjen, "
                + marks.stream().filter(m -> !m.isMilestone()).count() + " möten under linjen, och i dag ("
                + Swedish.day(today) + ") som ett streck.";
        return new Timeline(id, label, scale.ticks(), marks, scale.x(today), Swedish.day(today));
    }

    private record Scale(LocalDate first, LocalDate last) {

        int x(LocalDate day) {
            double share = (double) ChronoUnit.DAYS.between(first, day) / ChronoUnit.DAYS.between(first, last);
            return LEFT + (int) Math.round(share * (WIDTH - LEFT - RIGHT));
        }

        /** Months' first days, at most seven of them, so that their names never run into each other. */
        List<Tick> ticks() {
            int step = (int) ChronoUnit.MONTHS.between(first, last) / 7 + 1;
            List<Tick> ticks = new ArrayList<>();
            for (LocalDate month = first.withDayOfMonth(1).plusMonths(1); !month.isAfter(last);
                    month = month.plusMonths(step)) {
                ticks.add(new Tick(x(month), Swedish.month(month)));
            }
            return ticks;
        }
    }
}
