package org.aicnet.conformance.cli;

import org.aicnet.conformance.run.Cancellation;
import org.aicnet.conformance.run.RunResult;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SIGTERM (what CI sends on cancel) and SIGINT (Ctrl-C) cancel the run instead of ending the JVM: no further check
 * starts, the run cleans up and writes its reports, marked incomplete, and the runner exits
 * {@value RunResult#CANCELLED}. A second signal ends the JVM at once with the same code. The JVM's own handlers come
 * back on {@link #close()}.
 */
final class CancelOnSignal implements AutoCloseable {

    private static final String[] SIGNALS = {"TERM", "INT"};

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    private CancelOnSignal(Cancellation cancellation, PrintStream err) {
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            try {
                previous.put(signal, Signal.handle(signal, received -> {
                    if (cancellation.cancelled()) {
                        err.println("aicnet-conformance: SIG" + name + " again: stopping at once, without cleanup");
                        Runtime.getRuntime().halt(RunResult.CANCELLED);
                    }
                    err.println("aicnet-conformance: SIG" + name + ": cancelling the run: no further check starts; "
                            + "cleaning up and writing the reports (send it again to stop at once)");
                    cancellation.cancel("cancelled by SIG" + name);
                }));
            } catch (IllegalArgumentException notHere) {
                // a JVM that does not let the application handle this signal (e.g. started with -Xrs) keeps its own
            }
        }
    }

    static CancelOnSignal install(Cancellation cancellation, PrintStream err) {
        return new CancelOnSignal(cancellation, err);
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
