#pragma once
// What the importers share: reading a file line by line with progress and cancellation (ImportInput), turning
// samples into a RunReport in bounded memory (ImportBuilder), the report of a summary without samples
// (buildStatedReport), classifying another tool's failures, and parsing numbers, times and durations.

#include "Importer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QHash>

#include <map>
#include <optional>
#include <string_view>
#include <vector>

namespace ls {

// The file being imported: its name for messages, line-wise reading through a fixed-size buffer (never the
// whole file), progress about every 64 KiB and cancellation checks.
class ImportInput
{
public:
    static constexpr qint64 progressStepBytes = 64 * 1024;
    static constexpr qsizetype maxLineBytes = 64 * 1024 * 1024;
    static constexpr qint64 maxDocumentBytes = 64 * 1024 * 1024; // whole-document formats (summaries)

    ImportInput(const QString &path, const ImportOptions &options);

    bool open(); // false: error() says why
    const QString &fileName() const { return m_fileName; }
    QString baseName() const;
    qint64 size() const { return m_size; }
    QFile &file() { return m_file; }

    // The next line without its line break (\n or \r\n), valid until the next call. False at the end of the file,
    // and on a read error or cancellation (then error() is set).
    bool nextLine(QByteArrayView *line);
    int lineNumber() const { return m_line; } // of the line last returned, 1-based
    // The whole file (whole-document formats), at most maxDocumentBytes.
    std::optional<QByteArray> readAll();

    // Call once per sample: counts it, reports progress and checks cancellation now and then.
    // False when cancelled (error() is then "cancelled").
    bool sample();
    qint64 samples() const { return m_samples; }
    // Progress at 100 %: call once the file has been read successfully.
    void finished();

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    // Records the first error only; returns false for `return input.fail(...)`.
    bool fail(const QString &message);
    bool failAt(int line, const QString &what) { return fail(at(line, what)); }
    QString at(int line, const QString &what) const; // "FILE:LINE: what"
    QString whole(const QString &what) const;        // "FILE: what"
    bool checkCancelled();

private:
    void reportProgress(qint64 bytesRead);
    qint64 bytesRead() const;

    QString m_path;
    QString m_fileName;
    const ImportOptions &m_options;
    QFile m_file;
    qint64 m_size = 0;
    QByteArray m_buffer;
    qsizetype m_begin = 0; // unread data is m_buffer[m_begin, m_end)
    qsizetype m_end = 0;
    bool m_eof = false;
    bool m_lineMode = false;
    qint64 m_consumed = 0; // bytes handed out as lines
    int m_line = 0;
    qint64 m_samples = 0;
    qint64 m_lastProgress = 0;
    QString m_error;
};

// One request as another tool recorded it.
struct ImportSample
{
    int scenario = 0;   // from ImportBuilder::scenarioIndex
    qint64 startUs = 0; // microseconds since the epoch
    qint64 latencyUs = 0;
    ErrorKey error = errorKey(ErrorClass::None);
    int httpStatus = 0; // 0: no response or not stated
    qint64 bytesReceived = 0;
    qint64 bytesSent = 0;
    int activeUsers = -1; // threads / virtual users running at the time; -1: not stated
    QString message;      // failures only
};

// Samples (in any order) to a RunReport with one phase "imported". Memory is bounded: totals and one histogram per
// scenario, dense per-second histograms only for a sliding window of recent seconds, and for older seconds only
// their non-empty buckets; no sample is kept.
class ImportBuilder
{
public:
    // Labels beyond this many are counted under otherScenarioName (each scenario holds a histogram).
    static constexpr int maxScenarios = 250;
    // Seconds kept as dense histograms behind the latest second seen; older ones are compacted.
    static constexpr qint64 openWindowSeconds = 30;
    // Gaps in the timeline are filled with empty seconds only up to this span.
    static constexpr qint64 maxFilledTimelineSeconds = 2 * 86400;

    ImportBuilder();

    // The scenario for a label (created on first use). Blank labels become "(none)".
    int scenarioIndex(const QString &name);
    // The same for raw UTF-8 label bytes, without converting known labels again.
    int scenarioIndexUtf8(QByteArrayView name);
    void add(const ImportSample &sample);
    // A statement of the users running at a time without a request (k6's "vus" points).
    void noteActiveUsers(qint64 atUs, int users);
    qint64 sampleCount() const { return m_totals.requests; }

    // The report (call once, with at least one sample added); warnings for anything noteworthy.
    RunReport finish(const QString &planName, const QString &fileName, ImportFormat format, QStringList *warnings);

    static inline const QString noneScenarioName = QStringLiteral("(none)");
    static inline const QString otherScenarioName = QStringLiteral("(other labels)");

private:
    struct OpenSecond
    {
        Histogram latency;
        qint64 requests = 0;
        qint64 successes = 0;
        int users = -1;
        std::map<ErrorKey, qint64> errors;
    };
    struct ClosedSecond
    {
        std::vector<Histogram::Bucket> buckets; // ascending by value, as Histogram::buckets()
        qint64 requests = 0;
        qint64 successes = 0;
        int users = -1;
        std::map<ErrorKey, qint64> errors;
    };
    qint64 secondOf(qint64 us) const;
    OpenSecond *openSecond(qint64 second);
    ClosedSecond &closedSecond(qint64 second);
    void closeSecondsBefore(qint64 second);
    void noteUsers(qint64 second, int users);

    StatsBlock m_totals;
    std::vector<QString> m_scenarioNames;
    QHash<QString, int> m_scenarioByName;
    QHash<QByteArray, int> m_scenarioByUtf8;
    qint64 m_blankLabels = 0;
    qint64 m_overflowSamples = 0;
    int m_noneIndex = -1;  // the "(none)" scenario, once created
    int m_otherIndex = -1; // the "(other labels)" scenario, once created

    bool m_anchored = false;
    qint64 m_anchorUs = 0; // second 0 starts here (the first sample's start)
    qint64 m_minStartUs = 0, m_maxStartUs = 0, m_maxEndUs = 0;
    int m_maxUsers = 0;
    qint64 m_latestSecond = 0;
    std::map<qint64, OpenSecond> m_open;
    std::map<qint64, ClosedSecond> m_closed;
    std::vector<Histogram> m_spareHistograms;
    Histogram m_shape; // for bucket identities of late samples
    qint64 m_lateSamples = 0;
};

// A summary without samples (k6's --summary-export, the seed's template).
struct StatedSummary
{
    qint64 requests = 0;
    qint64 successes = 0;
    ErrorTallies errors;
    LatencySummary latency; // NaN where not stated
    double durationS = 0;   // 0: not stated
    int users = 0;          // 0: not stated
};
RunReport buildStatedReport(const QString &planName, const QString &fileName, ImportFormat format,
                            const StatedSummary &summary);
LatencySummary unstatedLatency(); // all NaN
// The metric keys a stated summary lacks ("p50_ms", "throughput_rps", ..., "timeline").
QStringList missingStatedMetrics(const StatedSummary &summary, bool errorsByClass);

// How another tool's failure maps to our error classes. httpStatus 0: no response; text: whatever the tool said
// (exception names, messages). A response with a status below 400 that the tool failed is a failed check.
ErrorKey classifyFailure(int httpStatus, QStringView text);

// Parsing helpers. Numbers: optional surrounding blanks, nothing else.
std::optional<double> parseNumber(QByteArrayView text);
std::optional<qint64> parseInteger(QByteArrayView text);
// JMeter's timeStamp: epoch milliseconds or "yyyy/MM/dd HH:mm:ss[.SSS]" (read as UTC). Microseconds since the epoch.
std::optional<qint64> parseJmeterTime(QByteArrayView text);
// RFC 3339 ("2024-01-01T10:00:00.123456789+01:00", "...Z"): microseconds since the epoch.
std::optional<qint64> parseRfc3339(std::string_view text);
// "125ms", "1.2s", "350us", "125" (milliseconds): milliseconds.
std::optional<double> parseDurationMs(QStringView text);
// "99.5%" or 99.5: percent.
std::optional<double> parsePercent(QStringView text);
// A value quoted for a message, shortened when long: "abc".
QString quotedForMessage(QByteArrayView text);
QString quotedForMessage(const QString &text);

} // namespace ls
