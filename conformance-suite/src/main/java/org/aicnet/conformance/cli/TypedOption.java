package org.aicnet.conformance.cli;

import org.aicnet.conformance.config.ConfigError;
import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.config.SettingType;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command-line option of a setting, typed by its {@link SettingType}: picocli refuses a bad value while it
 * parses, before anything runs, with the message the file and the environment get; a boolean needs no value
 * ({@code --non-destructive} means true). The value handed on is the canonical text (a duration in ISO-8601).
 */
final class TypedOption {

    private TypedOption() {
    }

    static OptionSpec of(Setting setting) {
        SettingType type = SettingType.of(setting);
        String defaultText = setting.defaultValue() == null ? "" : " (default: " + setting.defaultValue() + ")";
        OptionSpec.Builder option = OptionSpec.builder(setting.flag()).paramLabel(type.label()).type(String.class)
                .description(setting.description() + defaultText + "; env " + setting.environmentVariable())
                .converters(value -> {
                    try {
                        return type.check(setting, value);
                    } catch (ConfigError e) {
                        throw new CommandLine.TypeConversionException(e.getMessage());
                    }
                });
        if (type == SettingType.BOOLEAN) {
            option.arity("0..1").fallbackValue("true");
        }
        return option.build();
    }
}
