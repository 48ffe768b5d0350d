#pragma once
// Results of other tools as comparable runs: JMeter (JTL as CSV or XML), k6 (--out json lines and
// --summary-export JSON) and the seed's report template. Each becomes a RunReport with one phase ("imported")
// and one scenario per label (JMeter) or URL/name tag (k6); latencies go through our own Histogram, so
// percentiles are computed exactly as for our own runs. Streaming: a 1 GB JTL is read in bounded memory.

#include "Report.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace ls {

enum class ImportFormat
{
    Auto, // decided from the first bytes of the file
    JmeterCsv,
    JmeterXml,
    K6JsonLines,
    K6Summary,
    SeedTemplate,
};

struct ImportProgress
{
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0; // the file's size
    qint64 samples = 0;    // requests read so far
};

struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    // Called now and then (at most every 64 KiB read or so), on the importing thread.
    std::function<void(const ImportProgress &)> progress;
    const std::atomic<bool> *cancel = nullptr; // set to true to stop; the result is then an error "cancelled"
};

struct ImportResult
{
    std::optional<RunReport> report; // set on success
    // On failure: "FILE:LINE: what is wrong" (line 1-based; no line when the problem is the whole file).
    QString error;
    ImportFormat format = ImportFormat::Auto; // the format read (detected or given)
    // Metrics the source does not carry (the seed template has no P50, no throughput...): shown greyed out.
    QStringList missingMetrics;
    QStringList warnings; // non-fatal, e.g. "12 lines without a label were counted under \"(none)\""
};

ImportResult importResults(const QString &path, const ImportOptions &options = {});
// A run for comparison: a Load Studio report read as it is, anything else through importResults.
ImportResult openRun(const QString &path, const ImportOptions &options = {});
// "JMeter CSV (JTL)", "JMeter XML (JTL)", "k6 JSON lines", "k6 summary export", "seed report template".
QString importFormatName(ImportFormat format);
// "jtl-csv", "jtl-xml", "k6-json", "k6-summary", "seed" (and "auto"): for the command line; nullopt if unknown.
std::optional<ImportFormat> importFormatFromId(const QString &id);
// The inverse of importFormatFromId: "jtl-csv", ..., "auto".
QString importFormatId(ImportFormat format);

} // namespace ls
