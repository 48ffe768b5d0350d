#include "LiveMetrics.h"

#include "GeneratorHealth.h"

#include <QUrl>

#include <algorithm>

namespace ls {

const std::vector<Kpi> &allKpis()
{
    static const std::vector<Kpi> kpis = {Kpi::RequestsPerS, Kpi::P50Ms,       Kpi::P95Ms,     Kpi::P99Ms,
                                          Kpi::GeneratorCpu, Kpi::SuccessRate, Kpi::ErrorRate, Kpi::ActiveUsers,
                                          Kpi::Dropped,      Kpi::SendLagP99};
    return kpis;
}

std::optional<Metric> metricOfKpi(Kpi kpi)
{
    switch (kpi) {
    case Kpi::RequestsPerS:
        return Metric::ThroughputRps;
    case Kpi::P50Ms:
        return Metric::P50Ms;
    case Kpi::P95Ms:
        return Metric::P95Ms;
    case Kpi::P99Ms:
        return Metric::P99Ms;
    case Kpi::SuccessRate:
        return Metric::SuccessRate;
    case Kpi::ErrorRate:
        return Metric::ErrorRate;
    case Kpi::ActiveUsers:
    case Kpi::Dropped:
    case Kpi::GeneratorCpu:
    case Kpi::SendLagP99:
        return std::nullopt;
    }
    return std::nullopt;
}

MetricValues metricValuesOf(const TimelinePoint &second)
{
    MetricValues values;
    values.errorRate = second.errorRatePercent();
    values.successRate = second.requests ? 100.0 - values.errorRate : 0;
    values.p50Ms = second.p50Ms;
    values.p95Ms = second.p95Ms;
    values.p99Ms = second.p99Ms;
    values.throughputRps = second.rps;
    return values;
}

namespace {

// What the tiles show, whatever it is measured over (one second, or a whole phase).
struct KpiInputs
{
    MetricValues values;
    bool hasLatency = false; // some request completed, so percentiles exist
    bool hasRequests = false;
    double activeUsers = 0;
    double dropped = 0;
    double generatorCpuPercent = -1; // -1: not measured
    double sendLagP99Ms = -1;        // -1: closed model
};

std::vector<KpiReading> readingsOf(const KpiInputs &in, const std::vector<Target> &targets)
{
    std::vector<KpiReading> readings;
    for (Kpi kpi : allKpis()) {
        KpiReading reading;
        reading.kpi = kpi;
        const std::optional<Metric> metric = metricOfKpi(kpi);
        switch (kpi) {
        case Kpi::ActiveUsers:
            reading.hasValue = true;
            reading.value = in.activeUsers;
            break;
        case Kpi::Dropped:
            reading.hasValue = true;
            reading.value = in.dropped;
            break;
        case Kpi::RequestsPerS:
            // Zero requests in a second is a real (and bad) throughput, not a missing one.
            reading.hasValue = true;
            reading.value = in.values.throughputRps;
            break;
        case Kpi::P50Ms:
        case Kpi::P95Ms:
        case Kpi::P99Ms:
            reading.hasValue = in.hasLatency;
            reading.value = in.values.value(*metric);
            break;
        case Kpi::SuccessRate:
        case Kpi::ErrorRate:
            reading.hasValue = in.hasRequests;
            reading.value = in.values.value(*metric);
            break;
        case Kpi::GeneratorCpu:
            reading.hasValue = in.generatorCpuPercent >= 0;
            reading.value = in.generatorCpuPercent;
            reading.limit = generatorCpuLimitPercent;
            break;
        case Kpi::SendLagP99:
            reading.hasValue = in.sendLagP99Ms >= 0;
            reading.value = in.sendLagP99Ms;
            reading.limit = sendLagLimitMs;
            break;
        }
        if (reading.limit && reading.hasValue)
            reading.verdict = reading.value <= *reading.limit ? Verdict::Pass : Verdict::Warn;
        if (metric) {
            const auto target =
                std::find_if(targets.begin(), targets.end(), [&](const Target &t) { return t.metric == *metric; });
            if (target != targets.end()) {
                reading.target = *target;
                if (reading.hasValue)
                    reading.verdict = evaluate(*target, reading.value);
            }
        }
        readings.push_back(reading);
    }
    return readings;
}

} // namespace

std::vector<KpiReading> liveKpis(const TimelinePoint &lastSecond, qint64 phaseDropped,
                                 const std::vector<Target> &targets)
{
    KpiInputs in;
    in.values = metricValuesOf(lastSecond);
    in.hasLatency = lastSecond.completed > 0;
    in.hasRequests = lastSecond.requests > 0;
    in.activeUsers = lastSecond.activeUsers;
    in.dropped = double(phaseDropped);
    in.generatorCpuPercent = lastSecond.generatorCpuPercent;
    in.sendLagP99Ms = lastSecond.sendLagP99Ms;
    return readingsOf(in, targets);
}

std::vector<KpiReading> phaseKpis(const PhaseResult &phase)
{
    KpiInputs in;
    in.values = phase.metrics();
    in.hasLatency = phase.totals.completed() > 0;
    in.hasRequests = phase.totals.requests > 0;
    for (const TimelinePoint &second : phase.timeline)
        in.activeUsers = std::max(in.activeUsers, double(second.activeUsers));
    in.dropped = double(phase.totals.dropped);
    const GeneratorWatch generator = generatorWatchOf(phase);
    in.generatorCpuPercent = generator.cpuMaxPercent();
    in.sendLagP99Ms = generator.sendLagP99Ms();
    return readingsOf(in, phase.targets);
}

std::vector<KpiReading> pendingKpis(const std::vector<Target> &targets)
{
    std::vector<KpiReading> readings = liveKpis(TimelinePoint(), 0, targets);
    for (KpiReading &reading : readings) {
        reading.hasValue = false;
        reading.verdict.reset();
    }
    return readings;
}

int peakUsers(const Plan &plan, const QStringList &phases)
{
    int peak = 0;
    for (const Phase &phase : plan.phases) {
        if (!phases.isEmpty() && !phases.contains(phase.name))
            continue;
        peak = std::max(peak, phase.model == LoadModel::Open ? phase.maxUsers : phase.users);
    }
    return peak;
}

bool isLoopbackUrl(const QString &url)
{
    const QString host = QUrl(url).host().toLower();
    if (host.isEmpty())
        return false;
    if (host == u"localhost" || host.endsWith(u".localhost") || host == u"::1")
        return true;
    // 127.0.0.0/8, written as a dotted quad.
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4 || parts.front() != u"127")
        return false;
    return std::all_of(parts.begin(), parts.end(), [](const QString &part) {
        bool ok = false;
        const int octet = part.toInt(&ok);
        return ok && octet >= 0 && octet <= 255;
    });
}

} // namespace ls
