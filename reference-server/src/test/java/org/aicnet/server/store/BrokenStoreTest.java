package org.aicnet.server.store;

import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestServers;
import org.aicnet.server.jobs.JobCalls;
import org.aicnet.server.standard.Api;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.util.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.aicnet.server.ApiAssertions.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The store fails loud: once H2 can no longer write (here its background writer dies, as it did after an
 * out-of-memory), no write is acknowledged any more: every one is answered 500/0100, and the log says why, once.
 */
class BrokenStoreTest {

    private static final Pattern WHY = Pattern.compile("the database can no longer write");

    @TempDir
    Path directory;

    @Test
    void writesAreRefusedOnceTheDatabaseCannotWrite() throws Exception {
        Path data = directory.resolve("data");
        try (ReferenceServer server = TestServers.start(TestNetworks.write(directory, TestNetworks.yaml()), data)) {
            JobCalls alice = new JobCalls(server, TestServers.ALICE);
            String created = alice.create("before", "sleep 60");
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream console = System.out;
            System.setOut(new PrintStream(new Tee(console, log), true, StandardCharsets.UTF_8));
            try {
                backgroundWriterDies(data);
                for (int attempt = 0; attempt < 3; attempt++) {
                    error(alice.post(Api.TRAIN_JOBS, JobCalls.body("after-" + attempt, TestNetworks.GPU_1, null)),
                            ErrorCode.SCHEDULER_FAILURE);
                }
                error(alice.request().post(Api.TRAIN_JOB_STOP, created), ErrorCode.SCHEDULER_FAILURE);
            } finally {
                System.setOut(console);
            }
            Matcher why = WHY.matcher(log.toString(StandardCharsets.UTF_8));
            int times = 0;
            while (why.find()) {
                times++;
            }
            assertEquals(1, times, "the cause logged once:\n" + log.toString(StandardCharsets.UTF_8));
        }
    }

    /** What an out-of-memory in H2's background writer does: a panic in that thread, the store left open. */
    private static void backgroundWriterDies(Path data) throws Exception {
        MVStore store;
        try (Connection connection = DriverManager.getConnection(
                Database.url(data.toAbsolutePath().resolve("aicnet")), "aicnet", "")) {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            store = session.getDatabase().getStore().getMvStore();
        }
        Thread writer = new Thread(Utils.H2_THREAD_GROUP, () -> {
            try {
                store.panic(new OutOfMemoryError("Java heap space (simulated)"));
            } catch (MVStoreException expected) {
                // the panic is thrown on in the thread that met it
            }
        }, "MVStore background writer");
        writer.start();
        writer.join();
    }

    /** Writes to the console and keeps a copy. */
    private static final class Tee extends OutputStream {

        private final OutputStream console;
        private final OutputStream copy;

        Tee(OutputStream console, OutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            console.write(b);
            copy.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            console.write(bytes, offset, length);
            copy.write(bytes, offset, length);
        }
    }
}
