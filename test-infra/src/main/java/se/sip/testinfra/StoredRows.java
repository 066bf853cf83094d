package se.sip.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** What the rows a service stores must never hold, checked on the rows themselves. */
public final class StoredRows {

    private StoredRows() {
    }

    /** Neither the twelve digits of {@code personId} nor its ten-digit form appear in any column of any row. */
    public static void assertNoneHolds(DataSource dataSource, String table, String personId) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement(
                        "SELECT count(*) FROM " + table + " t WHERE t::text LIKE ? OR t::text LIKE ?")) {
            query.setString(1, "%" + personId + "%");
            query.setString(2, "%" + personId.substring(2) + "%");
            try (ResultSet count = query.executeQuery()) {
                count.next();
                assertEquals(0, count.getLong(1), "a row of " + table + " holds the personal identity number");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
