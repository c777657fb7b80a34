package org.aicnet.server.datasets;

import org.aicnet.server.auth.Principal;
import org.aicnet.server.config.DatasetConfig;
import org.aicnet.server.http.ListQuery;
import org.aicnet.server.http.Page;
import org.aicnet.server.standard.Api;
import org.aicnet.server.store.Database;
import org.aicnet.server.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The datasets table. A caller sees the public datasets and their own uploads; the search, the order and the page
 * are computed by the database (indexed columns, COUNT, LIMIT and OFFSET).
 */
final class DatasetStore {

    // Reading R-datasets-sort: datasetName is the title; ties by id in the same direction (R-sort-ties).
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            Api.DATASET_NAME, "title",
            Api.TITLE, "title",
            Api.ID, "id",
            Api.SIZE, "size_bytes",
            Api.OWNER, "owner");
    private static final String VISIBLE = " FROM datasets WHERE (owner_id IS NULL OR owner_id = ?)";

    private final Database database;
    private final String matching;
    private final int searchedColumns;

    /** {@code searchedColumns}: the columns a search matches, any of them (DatasetRules). */
    DatasetStore(Database database, List<String> searchedColumns) {
        this.database = database;
        this.matching = searchedColumns.stream().map(column -> "LOWER(" + column + ") LIKE ? ESCAPE '\\'")
                .collect(Collectors.joining(" OR ", " AND (", ")"));
        this.searchedColumns = searchedColumns.size();
    }

    /** Makes the public datasets of the table those of the configuration (upserted; others removed). */
    void synchronizePublic(List<DatasetConfig> configured, long now) {
        database.write("store the public datasets", connection -> {
            String kept = String.join(", ", configured.stream().map(dataset -> "?").toList());
            try (PreparedStatement remove = connection.prepareStatement("DELETE FROM datasets WHERE owner_id IS NULL"
                    + (configured.isEmpty() ? "" : " AND id NOT IN (" + kept + ")"))) {
                for (int i = 0; i < configured.size(); i++) {
                    remove.setString(i + 1, configured.get(i).id());
                }
                remove.executeUpdate();
            }
            // standard MERGE, which H2 and PostgreSQL (15+) both run; the casts type the parameters for PostgreSQL
            try (PreparedStatement upsert = connection.prepareStatement("MERGE INTO datasets d USING (VALUES ("
                    + "CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(256)), CAST(? AS VARCHAR(128)), CAST(? AS BIGINT), "
                    + "CAST(? AS VARCHAR(4096)), CAST(? AS VARCHAR(1024)), CAST(? AS BIGINT))) "
                    + "AS v (id, title, owner, size_bytes, description, labels, created_at) ON d.id = v.id "
                    + "WHEN MATCHED THEN UPDATE SET title = v.title, owner = v.owner, owner_id = NULL, "
                    + "size_bytes = v.size_bytes, description = v.description, labels = v.labels, file_name = NULL, "
                    + "created_at = v.created_at "
                    + "WHEN NOT MATCHED THEN INSERT "
                    + "(id, title, owner, owner_id, size_bytes, description, labels, file_name, created_at) "
                    + "VALUES (v.id, v.title, v.owner, NULL, v.size_bytes, v.description, v.labels, NULL, v.created_at)")) {
                for (DatasetConfig dataset : configured) {
                    upsert.setString(1, dataset.id());
                    upsert.setString(2, dataset.title());
                    upsert.setString(3, dataset.owner());
                    upsert.setLong(4, dataset.size());
                    upsert.setString(5, dataset.desc());
                    upsert.setString(6, dataset.labels());
                    upsert.setLong(7, now);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    /** One page of what {@code caller} sees, searched in title and description (case-insensitive) when given. */
    Page<Dataset> page(Principal caller, Optional<String> search, ListQuery query) {
        Optional<String> pattern = search.map(text -> "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
        String where = VISIBLE + (pattern.isPresent() ? matching : "");
        String direction = query.descending() ? "DESC" : "ASC";
        String order = " ORDER BY " + SORT_COLUMNS.get(query.sort()) + " " + direction + ", id " + direction;
        try (Connection connection = database.connection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + where)) {
                bind(count, caller, pattern);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<Dataset> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, title, owner, size_bytes, description, labels" + where + order
                            + " LIMIT ? OFFSET ?")) {
                int next = bind(select, caller, pattern);
                select.setInt(next, query.pageSize());
                select.setLong(next + 1, query.offset());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(new Dataset(rows.getString("id"), rows.getString("title"),
                                rows.getString("owner"), rows.getLong("size_bytes"), rows.getString("description"),
                                rows.getString("labels")));
                    }
                }
            }
            return new Page<>(items, total);
        } catch (SQLException e) {
            throw new StoreException("cannot list datasets", e);
        }
    }

    void insertUpload(String id, Principal owner, UploadForm form, long now) {
        database.write("store an uploaded dataset", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO datasets"
                    + " (id, title, owner, owner_id, size_bytes, description, labels, file_name, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, form.title());
                insert.setString(3, owner.name());
                insert.setString(4, owner.userId());
                insert.setLong(5, form.size());
                insert.setString(6, form.desc());
                insert.setString(7, form.labels());
                insert.setString(8, form.fileName());
                insert.setLong(9, now);
                return insert.executeUpdate();
            }
        });
    }

    /** The ids of the uploaded datasets (the public ones have no file). */
    Set<String> uploadIds() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM datasets WHERE owner_id IS NOT NULL");
             ResultSet rows = select.executeQuery()) {
            Set<String> ids = new HashSet<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new StoreException("cannot list the uploaded datasets", e);
        }
    }

    /** Removes uploaded datasets, all at once. */
    void deleteUploads(Collection<String> ids) {
        database.write("remove uploaded datasets", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM datasets WHERE id = ? AND owner_id IS NOT NULL")) {
                for (String id : ids) {
                    delete.setString(1, id);
                    delete.addBatch();
                }
                return delete.executeBatch();
            }
        });
    }

    /** Binds the caller and the search pattern, once per searched column; returns the index of the next parameter. */
    private int bind(PreparedStatement statement, Principal caller, Optional<String> pattern) throws SQLException {
        statement.setString(1, caller.userId());
        int next = 2;
        if (pattern.isPresent()) {
            for (int i = 0; i < searchedColumns; i++) {
                statement.setString(next++, pattern.get());
            }
        }
        return next;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
