#include "Report.h"

#include <QSysInfo>
#include <QThread>

#include <cmath>

namespace ls {

namespace {
double usToMs(double us)
{
    return us / 1000.0;
}
} // namespace

LatencySummary LatencySummary::of(const Histogram &h)
{
    LatencySummary s;
    if (h.isEmpty())
        return s;
    s.minMs = usToMs(double(h.min()));
    s.meanMs = usToMs(h.mean());
    s.p50Ms = usToMs(double(h.valueAtPercentile(50)));
    s.p90Ms = usToMs(double(h.valueAtPercentile(90)));
    s.p95Ms = usToMs(double(h.valueAtPercentile(95)));
    s.p99Ms = usToMs(double(h.valueAtPercentile(99)));
    s.p999Ms = usToMs(double(h.valueAtPercentile(99.9)));
    s.maxMs = usToMs(double(h.max()));
    return s;
}

MetricValues PhaseResult::metrics() const
{
    MetricValues v;
    const auto requests = double(totals.requests);
    v.successRate = requests > 0 ? 100.0 * double(totals.successes) / requests : 0;
    v.errorRate = requests > 0 ? 100.0 - v.successRate : 100;
    const LatencySummary latency = LatencySummary::of(totals.latency);
    v.avgMs = latency.meanMs;
    v.p50Ms = latency.p50Ms;
    v.p95Ms = latency.p95Ms;
    v.p99Ms = latency.p99Ms;
    v.throughputRps = elapsedS > 0 ? double(totals.completed()) / elapsedS : 0;
    return v;
}

std::optional<PhaseResult::CorrectedLatency> PhaseResult::coordinatedOmissionCorrected() const
{
    if (phase.model != LoadModel::Closed || totals.latency.isEmpty())
        return std::nullopt;
    const double thinkMeanUs = 1000.0 * (phase.thinkTimeMinMs + phase.thinkTimeMaxMs) / 2.0;
    const auto intervalUs = int64_t(thinkMeanUs) + totals.latency.valueAtPercentile(50);
    if (intervalUs <= 0)
        return std::nullopt;
    return CorrectedLatency{double(intervalUs) / 1000.0, totals.latency.correctedForCoordinatedOmission(intervalUs)};
}

void PhaseResult::evaluate()
{
    targetResults = evaluateTargets(targets, metrics());
    verdict = overallVerdict(targetResults);
}

MachineInfo MachineInfo::current()
{
    MachineInfo m;
    m.cores = QThread::idealThreadCount();
    m.os = QSysInfo::prettyProductName();
    m.host = QSysInfo::machineHostName();
    m.qtVersion = QString::fromLatin1(qVersion());
    m.appVersion = QStringLiteral(LOADSTUDIO_VERSION);
    return m;
}

void RunReport::evaluate()
{
    verdict = Verdict::Pass;
    for (PhaseResult &phase : phases) {
        phase.evaluate();
        verdict = worst(verdict, phase.verdict);
    }
}

QString formatPercent(double percent)
{
    // Rounded down to one decimal, so 99.96% of successes never reads as "100.0%".
    const double floored = std::floor(percent * 10.0 + 1e-9) / 10.0;
    return QString::number(floored, 'f', 1) + QLatin1Char('%');
}

QString formatMs(double ms)
{
    return QString::number(std::llround(ms)) + QStringLiteral("ms");
}

nlohmann::json seedSummary(const StatsBlock &totals, const std::optional<LatencySummary> &stated)
{
    // An imported summary without samples states its latencies; where it states none the key says "n/a".
    const bool fromStated = totals.latency.isEmpty() && stated.has_value();
    const LatencySummary latency = fromStated ? *stated : LatencySummary::of(totals.latency);
    auto ms = [](double v) { return std::isnan(v) ? std::string("n/a") : formatMs(v).toStdString(); };
    const double successRate = totals.requests ? 100.0 * double(totals.successes) / double(totals.requests) : 0;
    nlohmann::json errors = nlohmann::json::object();
    for (const auto &[key, tally] : totals.errors)
        errors[errorKeyName(key).toStdString()] = tally.count;
    return {
        {"total_requests", totals.requests},       {"successful_requests", totals.successes},
        {"failed_requests", totals.failures()},    {"success_rate", formatPercent(successRate).toStdString()},
        {"avg_response_time", ms(latency.meanMs)}, {"p95_response_time", ms(latency.p95Ms)},
        {"p99_response_time", ms(latency.p99Ms)},  {"errors", errors},
    };
}

} // namespace ls
