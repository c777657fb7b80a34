package org.aicnet.server.centers;

import org.aicnet.server.config.CenterConfig;

/** A.8: one computing center. totalStorage in GiB; maxComputingPower as configured (PFLOPS at FP16). */
record Center(String centerId, String centerName, String province, String city, String desc, boolean connected,
              String processorType, long totalStorage, long maxComputingPower) {

    static Center of(CenterConfig config) {
        return new Center(config.id(), config.name(), config.province(), config.city(), config.desc(),
                config.connected(), config.processorType(), config.totalStorage(), config.maxComputingPower());
    }
}
