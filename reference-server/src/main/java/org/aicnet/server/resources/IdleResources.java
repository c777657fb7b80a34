package org.aicnet.server.resources;

import java.util.List;

/** A.15. */
record IdleResources(List<CenterResource> centerResources) {
}
