#pragma once
// The result of a run: per phase its configuration, totals, histograms, per-second timeline and target
// verdicts. Written as JSON (format "loadstudio-report/1", see docs/report-format.md).

#include "PhaseStats.h"
#include "Plan.h"
#include "Targets.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <vector>

namespace ls {

struct LatencySummary
{
    double minMs = 0, meanMs = 0, p50Ms = 0, p90Ms = 0, p95Ms = 0, p99Ms = 0, p999Ms = 0, maxMs = 0;
    static LatencySummary of(const Histogram &microseconds);
};

// One second of a phase (the last one of a phase may be shorter).
struct TimelinePoint
{
    double startS = 0;  // seconds since the run started
    double lengthS = 1; // length of the interval
    int phase = 0;      // index into RunReport::phases
    qint64 requests = 0;
    qint64 successes = 0;
    qint64 completed = 0; // answered (not dropped, not aborted)
    qint64 dropped = 0;
    double rps = 0; // completed per second
    double p50Ms = 0, p95Ms = 0, p99Ms = 0;
    double sendLagP99Ms = -1; // open model only
    // The load generator's own cost: the busiest worker thread's CPU use, in % of one core (-1: not measured).
    double generatorCpuPercent = -1;
    int activeUsers = 0;
    std::map<ErrorKey, qint64> errors;
    // This second's latency histogram (us), HdrHistogram V2 compressed; empty when unknown (imports, old reports).
    // Kept compressed: a full histogram per second would cost megabytes per minute.
    QByteArray latencyHistogram;

    qint64 failures() const { return requests - successes; }
    double errorRatePercent() const { return requests ? 100.0 * double(failures()) / double(requests) : 0; }
};

struct PhaseResult
{
    Phase phase;                 // the configuration that ran
    std::vector<Target> targets; // effective targets
    QDateTime startedAt, endedAt;
    double loadS = 0;    // time new requests were started (ramp-up + duration, less if stopped early)
    double elapsedS = 0; // from start until the last request ended (includes the graceful stop)
    StatsBlock totals;
    std::vector<TimelinePoint> timeline;
    std::vector<TargetResult> targetResults;
    Verdict verdict = Verdict::Pass;
    bool stoppedEarly = false;
    QString stopReason; // why it stopped early ("stopped by user", "error_rate beyond critical for 10 s")
    // Latency figures an imported summary states without samples (the seed's report template): NaN where it
    // states nothing. Set only when totals.latency is empty; comparisons then use these.
    std::optional<LatencySummary> statedLatency;

    MetricValues metrics() const;
    void evaluate(); // fills targetResults and verdict from totals

    // Closed model: the latency a user would have seen had every request gone out on schedule, i.e. every
    // expected interval (mean think time + median latency) rather than only after the previous answer
    // (HdrHistogram's coordinated-omission correction). The raw figures stay the ones targets judge.
    // Empty for the open model, whose latency already counts from the scheduled send time.
    struct CorrectedLatency
    {
        double expectedIntervalMs = 0;
        Histogram latency; // us
    };
    std::optional<CorrectedLatency> coordinatedOmissionCorrected() const;
};

struct MachineInfo
{
    int cores = 0;
    QString os;
    QString host;
    QString qtVersion;
    QString appVersion;
    static MachineInfo current();
};

struct RunReport
{
    static constexpr const char *formatId = "loadstudio-report/1";

    Plan plan; // secrets are redacted when written
    QDateTime startedAt, endedAt;
    MachineInfo machine;
    QString transport;    // the transport that ran, e.g. "qnam"
    QString importedFrom; // for a report converted from another tool's results: the format, e.g. "JMeter CSV"
    int workerThreads = 0;
    std::vector<PhaseResult> phases;
    Verdict verdict = Verdict::Pass;
    bool complete = false; // false while running (partial flushes) and when stopped early
    bool aborted = false;  // stopped by the user, a signal or abort_on_critical
    QString abortReason;

    void evaluate(); // per phase, then the run's verdict as the worst phase's
};

// The seed's report template: total_requests, successful_requests, failed_requests, success_rate "99.5%",
// avg_response_time "125ms", p95_response_time, p99_response_time, errors by class.
// With stated latencies (an imported summary without samples), those are used when totals has no latency.
nlohmann::json seedSummary(const StatsBlock &totals, const std::optional<LatencySummary> &stated = std::nullopt);
QString formatPercent(double percent); // "99.5%"
QString formatMs(double ms);           // "125ms"

nlohmann::json reportToJson(const RunReport &report);
std::optional<RunReport> reportFromJson(const QByteArray &json, QString *error);
// Atomic (QSaveFile): a reader never sees a half-written file.
bool writeReportFile(const RunReport &report, const QString &path, QString *error);
std::optional<RunReport> readReportFile(const QString &path, QString *error);

} // namespace ls
