package org.aicnet.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.report.ReportDirectory;
import org.aicnet.conformance.report.ReportFormat;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/vendor-guide.md keeps up with the kit: every setting, every report file, the Allure version, valid YAML. */
class VendorGuideTest {

    private static final Path GUIDE = Path.of(System.getProperty("basedir", "."), "..", "docs", "vendor-guide.md");

    @Test
    void documentsEverySettingWithItsKeyFlagAndEnvironmentVariable() throws Exception {
        String guide = Files.readString(GUIDE);
        List<String> missing = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            String row = "| `" + setting.key() + "` | `" + setting.flag() + "` | `" + setting.environmentVariable()
                    + "` |";
            if (!guide.contains(row)) {
                missing.add(row);
            }
        }
        assertEquals(List.of(), missing, "settings missing from the table of " + GUIDE);
    }

    @Test
    void namesEveryReportFileAndTheAllureVersionTheKitUses() throws Exception {
        String guide = Files.readString(GUIDE);
        for (ReportFormat format : ReportDirectory.FORMATS) {
            assertTrue(guide.contains("`" + format.fileName() + "`"), format.fileName());
        }
        for (String name : List.of(ReportDirectory.ALLURE_RESULTS, ReportDirectory.ALLURE_REPORT,
                ReportDirectory.ALLURE_LOG, ReportDirectory.LATEST_FILE)) {
            assertTrue(guide.contains(name), name);
        }
        assertTrue(guide.contains("allure-" + KitBuild.allureCommandlineVersion() + "/"),
                "the guide names Allure " + KitBuild.allureCommandlineVersion());
    }

    @Test
    void itsYamlExamplesParse() throws Exception {
        Matcher block = Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(Files.readString(GUIDE));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        int blocks = 0;
        while (block.find()) {
            blocks++;
            assertTrue(yaml.readTree(block.group(1)).isObject(), "not a YAML map: " + block.group(1));
        }
        assertEquals(3, blocks, "the configuration file, the GitHub workflow and the GitLab job");
    }
}
