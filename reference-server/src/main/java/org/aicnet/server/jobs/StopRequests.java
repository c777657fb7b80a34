package org.aicnet.server.jobs;

import org.aicnet.server.store.Database;
import org.aicnet.server.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stops of backend tasks asked of a replica that does not hold the scheduler lease (table task_stops): the holder,
 * which runs the backends, stops each task and removes its row (docs/replicas.md).
 */
final class StopRequests {

    /** A task to stop on its center's backend. */
    record Request(String jobId, String taskId, String centerId, String handle) {
    }

    private final Database database;

    StopRequests(Database database) {
        this.database = database;
    }

    void add(List<Task> tasks) {
        database.write("ask to stop tasks", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO task_stops "
                    + "(job_id, task_id, center_id, handle) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (Task task : tasks) {
                    insert.setString(1, task.jobId());
                    insert.setString(2, task.taskId());
                    insert.setString(3, task.centerId());
                    insert.setString(4, task.handle());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    List<Request> pending() {
        List<Request> requests = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT job_id, task_id, center_id, handle FROM task_stops");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                requests.add(new Request(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the tasks to stop", e);
        }
        return requests;
    }

    void done(Request request) {
        database.write("forget a stopped task", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM task_stops WHERE job_id = ? AND task_id = ?")) {
                delete.setString(1, request.jobId());
                delete.setString(2, request.taskId());
                return delete.executeUpdate();
            }
        });
    }
}
