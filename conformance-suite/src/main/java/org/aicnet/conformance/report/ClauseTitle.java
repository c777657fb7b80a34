package org.aicnet.conformance.report;

import java.util.Map;
import java.util.Optional;

/** The title of a clause of T/AI 123.8 as the standard writes it, and in English. */
public record ClauseTitle(String zh, String en) {

    private static final Map<String, ClauseTitle> TITLES = Map.ofEntries(
            Map.entry("6.1", new ClauseTitle("概述", "Overview of the general requirements")),
            Map.entry("6.2", new ClauseTitle("协议要求", "Protocol")),
            Map.entry("6.3", new ClauseTitle("数据要求", "Data")),
            Map.entry("6.3.1", new ClauseTitle("通用处理器", "CPU")),
            Map.entry("6.3.2", new ClauseTitle("人工智能加速处理器", "AI accelerator")),
            Map.entry("6.3.3", new ClauseTitle("内存", "Memory")),
            Map.entry("6.3.4", new ClauseTitle("作业状态", "Job status")),
            Map.entry("7.1", new ClauseTitle("概述", "Overview of the interface functions")),
            Map.entry("7.2.1", new ClauseTitle("获取Token接口", "Obtaining a token")),
            Map.entry("7.3.1", new ClauseTitle("查询可用智算中心", "Listing the available computing centers")),
            Map.entry("7.3.2", new ClauseTitle("查询可用资源规格", "Listing the available resource specs")),
            Map.entry("7.3.3", new ClauseTitle("查询空闲资源", "Listing idle resources")),
            Map.entry("7.3.4", new ClauseTitle("查询镜像列表", "Listing images")),
            Map.entry("7.3.5", new ClauseTitle("查询公开数据集", "Listing public datasets")),
            Map.entry("7.3.6", new ClauseTitle("上传数据集", "Uploading a dataset")),
            Map.entry("7.4.1", new ClauseTitle("创建训练作业", "Creating a training job")),
            Map.entry("7.4.2", new ClauseTitle("查询训练作业列表", "Listing training jobs")),
            Map.entry("7.4.3", new ClauseTitle("查询训练作业详情", "Reading a training job")),
            Map.entry("7.4.4", new ClauseTitle("查询训练作业日志", "Reading a training job's logs")),
            Map.entry("7.4.5", new ClauseTitle("终止训练作业", "Stopping a training job")),
            Map.entry("7.4.6", new ClauseTitle("删除训练作业", "Deleting a training job")),
            Map.entry("7.4.7", new ClauseTitle("下载训练作业结果", "Downloading a training job's results")),
            Map.entry("7.4.8", new ClauseTitle("创建在线服务类作业", "Creating an online service job")),
            Map.entry("B.1", new ClauseTitle("错误码", "Error codes")));

    /** The title of a clause the ledger groups requirements under, e.g. "7.4.5" or "B.1". */
    public static Optional<ClauseTitle> of(String clause) {
        return Optional.ofNullable(TITLES.get(clause));
    }
}
