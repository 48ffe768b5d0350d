// loadstudio-cli compare and import: comparing runs for CI pipelines, converting other tools' results.

#include "CliRunner.h"

#include "Importer.h"
#include "RunComparison.h"

#include <QFileInfo>

#include <cmath>

namespace ls::cli {

namespace {

// A Load Studio report, or any file the importers read.
std::optional<RunReport> loadRun(const QString &path, QString *error)
{
    ImportResult opened = openRun(path);
    if (!opened.report)
        *error = opened.error;
    return std::move(opened.report);
}

} // namespace

int compareReports(const CliOptions &options)
{
    QString error;
    const std::optional<RunReport> base = loadRun(options.files.at(0), &error);
    const std::optional<RunReport> other = base ? loadRun(options.files.at(1), &error) : std::nullopt;
    if (!base || !other) {
        printErr(QStringLiteral("loadstudio-cli: %1\n").arg(error));
        return ExitUsage;
    }
    std::vector<std::pair<int, int>> pairs = alignPhases(*base, *other);
    for (const QString &text : options.pairs) {
        std::pair<int, int> pair;
        if (!parsePairing(text, *base, *other, &pair, &error)) {
            printErr(QStringLiteral("loadstudio-cli: %1\n").arg(error));
            return ExitUsage;
        }
        // A manual pairing replaces the automatic ones of either phase.
        std::erase_if(pairs,
                      [&](const std::pair<int, int> &p) { return p.first == pair.first || p.second == pair.second; });
        pairs.push_back(pair);
    }
    if (pairs.empty()) {
        printErr(QStringLiteral("loadstudio-cli: the runs have no phase names in common; pair them with --pair "
                                "BASE_PHASE=NEW_PHASE\n"));
        return ExitUsage;
    }
    const RunComparison comparison = compareRuns(*base, *other, pairs);
    printOut(comparisonText(comparison, options.files.at(0), options.files.at(1)));
    if (options.failOnRegression < 0)
        return ExitOk;
    const std::vector<Regression> found = regressions(comparison, options.failOnRegression);
    if (found.empty()) {
        printOut(QStringLiteral("\nNo significant regression beyond %1%.\n").arg(options.failOnRegression));
        return ExitOk;
    }
    printOut(QStringLiteral("\nRegressions beyond %1%:\n").arg(options.failOnRegression));
    for (const Regression &r : found)
        printOut(QStringLiteral("  %1: %2 %3%\n")
                     .arg(r.phase, QLatin1String(compareMetricInfo(r.metric).label))
                     .arg(QString::asprintf("%+.1f", r.relativePercent)));
    return ExitRegression;
}

int importFile(const CliOptions &options)
{
    ImportOptions importOptions;
    if (options.importFormat != QLatin1String("auto")) {
        const std::optional<ImportFormat> format = importFormatFromId(options.importFormat);
        if (!format) {
            printErr(QStringLiteral("loadstudio-cli: --format: unknown format \"%1\" (known: auto, jtl-csv, jtl-xml, "
                                    "k6-json, k6-summary, seed)\n")
                         .arg(options.importFormat));
            return ExitUsage;
        }
        importOptions.format = *format;
    }
    const QString &path = options.files.at(0);
    const qint64 size = QFileInfo(path).size();
    // Progress on the terminal for big files, at most every 5 percent.
    int lastShown = -1;
    importOptions.progress = [&](const ImportProgress &p) {
        if (size < 50'000'000 || p.bytesTotal <= 0)
            return;
        const int percent = int(100 * p.bytesRead / p.bytesTotal);
        if (percent / 5 != lastShown / 5) {
            lastShown = percent;
            printErr(QStringLiteral("\rimporting %1: %2% (%3 samples)")
                         .arg(QFileInfo(path).fileName())
                         .arg(percent)
                         .arg(p.samples));
        }
    };
    const ImportResult result = importResults(path, importOptions);
    if (lastShown >= 0)
        printErr(QStringLiteral("\n"));
    if (!result.report) {
        printErr(QStringLiteral("loadstudio-cli: %1\n").arg(result.error));
        return ExitUsage;
    }
    for (const QString &warning : result.warnings)
        printErr(QStringLiteral("warning: %1\n").arg(warning));
    QString error;
    if (!writeReportFile(*result.report, options.outPath, &error)) {
        printErr(QStringLiteral("loadstudio-cli: %1\n").arg(error));
        return ExitInternalError;
    }
    const StatsBlock &t = result.report->phases.at(0).totals;
    printOut(QStringLiteral("%1: %2, %3 requests in %4 scenarios -> %5\n")
                 .arg(path, importFormatName(result.format))
                 .arg(t.requests)
                 .arg(result.report->plan.scenarios.size())
                 .arg(options.outPath));
    if (!result.missingMetrics.isEmpty())
        printOut(QStringLiteral("not in the source: %1\n").arg(result.missingMetrics.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace ls::cli
