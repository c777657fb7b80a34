package org.aicnet.server.backend.local;

import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.CommandResult;
import org.aicnet.server.backend.CommandRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host's Nvidia GPUs as {@code nvidia-smi --query-gpu=index,name,memory.total --format=csv,noheader,nounits}
 * lists them, one line per card: {@code 0, NVIDIA A100-SXM4-80GB, 81920}. A host without the command, without a
 * driver or without cards has none.
 */
final class NvidiaSmi {

    static final List<String> QUERY = List.of("--query-gpu=index,name,memory.total", "--format=csv,noheader,nounits");
    static final String VENDOR = "Nvidia";

    /** One card: nvidia-smi's index (what CUDA_VISIBLE_DEVICES names), its name, its memory in MiB (null: [N/A]). */
    record Gpu(int index, String name, Integer memoryMiB) {

        /** 6.3.2's {@code Vendor/TYPE/Model}, e.g. {@code Nvidia/GPU/A100} for "NVIDIA A100-SXM4-80GB". */
        String productName() {
            return VENDOR + "/GPU/" + model(name);
        }

        /** Memory per card in whole GiB, rounded to the nearest (81559 MiB of an H100 80GB is 80). */
        int memoryGiB() {
            return memoryMiB == null ? 0 : Math.round(memoryMiB / 1024f);
        }
    }

    /** Words of a card's name that say its vendor or product line, not its model. */
    private static final Pattern VENDOR_WORDS = Pattern.compile("(?i)\\b(NVIDIA|Tesla)\\b");
    /** Trailing words that say a card's form factor or memory, not its model: 80GB, PCIe, SXM4, HBM3, NVL. */
    private static final Pattern VARIANT_WORD = Pattern.compile("(?i)\\d+\\s*GB|PCIe|SXM\\d*|HBM\\d*e?|NVL|MIG.*");

    private final CommandRunner runner;
    private final String command;

    NvidiaSmi(CommandRunner runner, String command) {
        this.runner = runner;
        this.command = command;
    }

    /** The cards of this host; none when nvidia-smi is not configured, not installed or finds no driver or card. */
    List<Gpu> discover() {
        if (command == null || command.isBlank()) {
            return List.of();
        }
        List<String> argv = new ArrayList<>();
        argv.add(command);
        argv.addAll(QUERY);
        try {
            CommandResult result = runner.run(argv);
            return result.succeeded() ? parse(result.stdout()) : List.of();
        } catch (BackendException notInstalled) {
            return List.of();
        }
    }

    /** The cards of nvidia-smi's CSV output; lines that are no card ("No devices were found") are passed over. */
    static List<Gpu> parse(String output) {
        List<Gpu> gpus = new ArrayList<>();
        for (String line : output.split("\\R")) {
            int first = line.indexOf(',');
            int last = line.lastIndexOf(',');
            if (first < 0 || last == first) {
                continue;
            }
            String index = line.substring(0, first).trim();
            String name = line.substring(first + 1, last).trim();
            String memory = line.substring(last + 1).trim();
            if (!index.matches("\\d+") || name.isEmpty()) {
                continue;
            }
            gpus.add(new Gpu(Integer.parseInt(index), name, memory.matches("\\d+") ? Integer.valueOf(memory) : null));
        }
        return gpus;
    }

    /**
     * The model in a card's name: without the vendor and product-line words, and without what follows the model
     * (form factor, memory): "NVIDIA A100-SXM4-80GB" is A100, "NVIDIA H100 80GB HBM3" H100, "Tesla V100-SXM2-32GB"
     * V100, "NVIDIA GeForce RTX 4090" GeForce RTX 4090.
     */
    static String model(String name) {
        String rest = VENDOR_WORDS.matcher(name).replaceAll(" ").trim();
        String[] parts = rest.split("-");
        List<String> words = new ArrayList<>(List.of(parts[0].trim().split("\\s+")));
        while (words.size() > 1 && VARIANT_WORD.matcher(words.get(words.size() - 1)).matches()) {
            words.remove(words.size() - 1);
        }
        String model = String.join(" ", words).trim();
        return model.isEmpty() ? name.trim().toUpperCase(Locale.ROOT) : model;
    }
}
