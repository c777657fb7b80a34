package org.aicnet.server.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;

/**
 * A random secret kept in the shared store (table server_secrets), made by the first replica that asks for it, so
 * that what one replica signed every other one accepts (docs/replicas.md). Where two replicas make it at once, the
 * first insert wins and both read that one.
 */
public final class SharedSecret {

    private SharedSecret() {
    }

    /**
     * The secret {@code name}: from the store where replicas share it, else from the file {@code name} of the data
     * directory ({@link SecretFile}); {@code what} names it in errors.
     */
    public static byte[] of(Database database, Path dataDirectory, String name, int bytes, String what) {
        return database.shared() ? read(database, name, bytes)
                : SecretFile.read(dataDirectory.resolve(name), bytes, what);
    }

    /** The secret called {@code name}, {@code bytes} long when made here. */
    static byte[] read(Database database, String name, int bytes) {
        byte[] made = new byte[bytes];
        new SecureRandom().nextBytes(made);
        try (Connection connection = database.connection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO server_secrets (name, secret) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, name);
                insert.setString(2, Base64.getEncoder().encodeToString(made));
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT secret FROM server_secrets WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new SQLException("the secret " + name + " was neither made nor found");
                    }
                    return Base64.getDecoder().decode(row.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read or make the shared secret " + name, e);
        }
    }
}
