package org.aicnet.conformance.report;

/** Why no check of this run covers a requirement, with the ledger's detail (its why, its setup, the tags). */
public record NotChecked(Reason reason, String detail) {

    public enum Reason {
        /** The ledger says no request a client can send shows it. */
        NOT_BLACK_BOX_TESTABLE("not-black-box-testable"),
        /** The ledger says the vendor must provide something first, and no check of the suite ran for it. */
        NEEDS_VENDOR_SETUP("needs-vendor-setup"),
        /** The suite has checks of it, but the run's tag expressions left them out. */
        NOT_SELECTED_BY_TAGS("not-selected-by-tags"),
        /** No feature of this version of the kit checks it yet. */
        NO_CHECK_IN_KIT("no-check-in-kit");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /** The reason as written in the reports. */
        public String key() {
            return key;
        }
    }
}
