package org.aicnet.conformance.platform;

import java.util.Optional;

/**
 * Replaces a token of the suite's own that the platform answered with 401/0102 (reading "the suite's own token":
 * platforms have token lifetimes from minutes to days). Empty for a token the suite does not hold as its own, such
 * as the expired token that the 0102 checks are given.
 */
@FunctionalInterface
public interface TokenRenewal {

    TokenRenewal NONE = stale -> Optional.empty();

    Optional<String> renew(String staleToken);
}
