package se.sip.testinfra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What {@link AuthorizationMatrix} did in each cell: how many operations it called and what they answered (how often
 * each status), and which it did not call, and why.
 */
final class MatrixTable {

    private final Map<String, Map<Integer, Integer>> called = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> notApplicable = new LinkedHashMap<>();

    MatrixTable(List<String> cells) {
        cells.forEach(cell -> {
            called.put(cell, new TreeMap<>());
            notApplicable.put(cell, new LinkedHashMap<>());
        });
    }

    void called(String cell, int status) {
        called.get(cell).merge(status, 1, Integer::sum);
    }

    void notApplicable(String cell, DocumentedOperation operation, String why) {
        notApplicable.get(cell).computeIfAbsent(why, w -> new ArrayList<>()).add(operation.toString());
    }

    String render(int operations) {
        StringBuilder table = new StringBuilder("Authorization matrix: " + operations + " operations\n");
        called.forEach((cell, statuses) -> {
            int skipped = notApplicable.get(cell).values().stream().mapToInt(List::size).sum();
            table.append(String.format("  %-20s %4d called%s%s%n", cell,
                    statuses.values().stream().mapToInt(Integer::intValue).sum(),
                    statuses.isEmpty() ? "" : statuses.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                            .collect(Collectors.joining(" ", " (", ")")),
                    skipped == 0 ? "" : ", " + skipped + " not applicable"));
        });
        notApplicable.forEach((cell, reasons) -> reasons.forEach((why, ops) -> table.append(String.format(
                "  not applicable, %s: %s: %s%n", cell, why,
                ops.size() == operations ? "every operation" : String.join(", ", ops)))));
        return table.toString();
    }
}
