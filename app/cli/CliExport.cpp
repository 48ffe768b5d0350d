// loadstudio-cli report, and the export options of run: JUnit XML and CSV for pipelines and spreadsheets.

#include "CliRunner.h"

#include "Exports.h"
#include "PdfReport.h"

namespace ls::cli {

bool writeExports(const RunReport &report, const CliOptions &options)
{
    const std::pair<const QString &, QByteArray (*)(const RunReport &)> exports[] = {
        {options.junitPath, &junitXml},
        {options.timelineCsvPath, &timelineCsv},
        {options.scenariosCsvPath, &scenariosCsv},
        {options.hlogPath, &hdrIntervalLog},
    };
    for (const auto &[path, make] : exports) {
        if (path.isEmpty())
            continue;
        QString error;
        const QByteArray bytes = make(report);
        if (bytes.isEmpty()) {
            printErr(QStringLiteral("loadstudio-cli: %1: the report has no per-second histograms (imported runs and "
                                    "reports from older versions have none)\n")
                         .arg(path));
            return false;
        }
        if (!writeExportFile(path, bytes, &error)) {
            printErr(QStringLiteral("loadstudio-cli: cannot write %1\n").arg(error));
            return false;
        }
        printOut(QStringLiteral("Wrote %1\n").arg(path));
    }
    return true;
}

int exportFromReport(const CliOptions &options)
{
    QString error;
    const std::optional<RunReport> report = readReportFile(options.files.at(0), &error);
    if (!report) {
        printErr(QStringLiteral("loadstudio-cli: %1\n").arg(error));
        return ExitUsage;
    }
    if (!writeExports(*report, options))
        return ExitInternalError;
    if (options.pdfPath.isEmpty())
        return ExitOk;
    PdfReportOptions pdf;
    std::optional<RunReport> base;
    RunComparison comparison;
    if (!options.pdfComparedWith.isEmpty()) {
        base = readReportFile(options.pdfComparedWith, &error);
        if (!base) {
            printErr(QStringLiteral("loadstudio-cli: %1\n").arg(error));
            return ExitUsage;
        }
        comparison = compareRuns(*base, *report, alignPhases(*base, *report));
        pdf.comparedWith = &*base;
        pdf.comparison = &comparison;
    }
    if (!writePdfReport(*report, options.pdfPath, pdf, &error)) {
        printErr(QStringLiteral("loadstudio-cli: cannot write %1\n").arg(error));
        return ExitInternalError;
    }
    printOut(QStringLiteral("Wrote %1\n").arg(options.pdfPath));
    return ExitOk;
}

} // namespace ls::cli
