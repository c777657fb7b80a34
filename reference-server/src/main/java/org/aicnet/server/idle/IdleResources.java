package org.aicnet.server.idle;

import java.util.List;

/** A.15. */
record IdleResources(List<CenterResource> centerResources) {
}
