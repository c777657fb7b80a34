package org.aicnet.server.auth;

import org.aicnet.server.config.AccountConfig;
import org.aicnet.server.passwords.PasswordHash;
import org.aicnet.server.store.Database;
import org.aicnet.server.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts table: the configured accounts, their password hashes and failure counts, kept across restarts.
 * PBKDF2 is the slowest part of a start, so the table is made to match the configuration in the background while the
 * server starts; every use of the table waits until it does. The accounts are also held in memory by user id, so
 * that a token check costs no query; a failed or successful log-in updates both before it answers, so a freeze
 * stops the account's tokens at once (reading R-frozen-account).
 */
final class Accounts {

    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

    private final Database database;
    private final CompletableFuture<Void> synchronization;
    private final Map<String, Account> byId = new ConcurrentHashMap<>();

    Accounts(Database database, List<AccountConfig> configured) {
        this.database = database;
        this.synchronization = CompletableFuture.runAsync(() -> synchronize(configured))
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        LOG.error("cannot store the configured accounts; log-ins will fail", failure);
                    }
                });
    }

    /** Waits until the table holds the configured accounts. */
    void awaitSynchronized() {
        try {
            synchronization.join();
        } catch (CompletionException e) {
            throw new StoreException("cannot store the configured accounts", e.getCause());
        }
    }

    /**
     * Makes the table hold exactly the configured accounts. A known account keeps its hash and failure count while
     * its configured password is unchanged; a changed password replaces the hash and unfreezes the account.
     * Accounts no longer configured are removed with their tokens.
     */
    private void synchronize(List<AccountConfig> configured) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            removeUnconfigured(connection, configured);
            Map<String, Account> stored = new HashMap<>();
            for (AccountConfig account : configured) {
                find(connection, "user_id", account.userId()).ifPresent(found -> stored.put(found.userId(), found));
            }
            List<Account> wanted = configured.parallelStream()
                    .map(account -> wanted(account, stored.get(account.userId())))
                    .toList();
            for (Account account : wanted) {
                upsert(connection, account);
            }
            connection.commit();
            wanted.forEach(account -> byId.put(account.userId(), account));
        } catch (SQLException e) {
            throw new StoreException("cannot store the configured accounts", e);
        }
    }

    Optional<Account> named(String name) {
        awaitSynchronized();
        try (Connection connection = database.connection()) {
            return find(connection, "name", name);
        } catch (SQLException e) {
            throw new StoreException("cannot read an account", e);
        }
    }

    /** The account of that user id, as the table holds it now. */
    Optional<Account> byId(String userId) {
        awaitSynchronized();
        if (database.shared()) {
            // replicas: another one may have counted a failed log-in or frozen the account since
            try (Connection connection = database.connection()) {
                return find(connection, "user_id", userId);
            } catch (SQLException e) {
                throw new StoreException("cannot read an account", e);
            }
        }
        return Optional.ofNullable(byId.get(userId));
    }

    /** Log-ins of one account run one at a time (LogInQueue): the count in memory follows the table's. */
    void recordFailure(String userId) {
        execute("UPDATE accounts SET failed_logins = failed_logins + 1 WHERE user_id = ?", userId);
        byId.computeIfPresent(userId, (id, account) -> withFailures(account, account.failedLogins() + 1));
    }

    void clearFailures(String userId) {
        execute("UPDATE accounts SET failed_logins = 0 WHERE user_id = ?", userId);
        byId.computeIfPresent(userId, (id, account) -> withFailures(account, 0));
    }

    private static Account withFailures(Account account, int failedLogins) {
        return new Account(account.userId(), account.name(), account.password(), failedLogins);
    }

    private static boolean samePassword(PasswordHash stored, String configured) {
        return PasswordHash.isHashForm(configured)
                ? PasswordHash.parse(configured).map(stored::equals).orElse(false)
                : stored.matches(configured);
    }

    private static PasswordHash hash(String configured) {
        return PasswordHash.isHashForm(configured)
                ? PasswordHash.parse(configured).orElseThrow(() -> new IllegalStateException("validated on load"))
                : PasswordHash.of(configured);
    }

    private static void removeUnconfigured(Connection connection, List<AccountConfig> configured) throws SQLException {
        String placeholders = String.join(", ", configured.stream().map(account -> "?").toList());
        String sql = configured.isEmpty() ? "DELETE FROM accounts"
                : "DELETE FROM accounts WHERE user_id NOT IN (" + placeholders + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < configured.size(); i++) {
                statement.setString(i + 1, configured.get(i).userId());
            }
            statement.executeUpdate();
        }
    }

    private static Account wanted(AccountConfig configured, Account stored) {
        if (stored != null && samePassword(stored.password(), configured.password())) {
            return new Account(configured.userId(), configured.name(), stored.password(), stored.failedLogins());
        }
        return new Account(configured.userId(), configured.name(), hash(configured.password()), 0);
    }

    private static void upsert(Connection connection, Account account) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                // standard MERGE, which H2 and PostgreSQL (15+) both run; the casts type the parameters for PostgreSQL
                "MERGE INTO accounts a USING (VALUES (CAST(? AS VARCHAR(128)), CAST(? AS VARCHAR(128)), "
                        + "CAST(? AS VARCHAR(512)), CAST(? AS INT))) AS v (user_id, name, password_hash, failed_logins) "
                        + "ON a.user_id = v.user_id "
                        + "WHEN MATCHED THEN UPDATE SET name = v.name, password_hash = v.password_hash, "
                        + "failed_logins = v.failed_logins "
                        + "WHEN NOT MATCHED THEN INSERT (user_id, name, password_hash, failed_logins) "
                        + "VALUES (v.user_id, v.name, v.password_hash, v.failed_logins)")) {
            statement.setString(1, account.userId());
            statement.setString(2, account.name());
            statement.setString(3, account.password().text());
            statement.setInt(4, account.failedLogins());
            statement.executeUpdate();
        }
    }

    private static Optional<Account> find(Connection connection, String column, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT user_id, name, password_hash, failed_logins FROM accounts WHERE " + column + " = ?")) {
            statement.setString(1, value);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                PasswordHash password = PasswordHash.parse(row.getString("password_hash"))
                        .orElseThrow(() -> new SQLException("stored password hash is malformed"));
                return Optional.of(new Account(row.getString("user_id"), row.getString("name"), password,
                        row.getInt("failed_logins")));
            }
        }
    }

    private void execute(String sql, String userId) {
        awaitSynchronized();
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, userId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot update an account", e);
        }
    }
}
