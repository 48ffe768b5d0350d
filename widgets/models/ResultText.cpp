#include "ResultText.h"

#include <QLocale>

#include <cmath>

namespace ls {

QString ResultText::verdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return tr("✔ PASS");
    case Verdict::Warn:
        return tr("▲ WARN");
    case Verdict::Fail:
        return tr("✖ FAIL");
    }
    return {};
}

QString ResultText::noVerdict(bool hasTarget)
{
    return hasTarget ? tr("… waiting") : tr("– no target");
}

QColor ResultText::verdictColor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QColor(0x2e, 0x7d, 0x32);
    case Verdict::Warn:
        return QColor(0xb2, 0x6a, 0x00);
    case Verdict::Fail:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString ResultText::metricName(Metric metric)
{
    switch (metric) {
    case Metric::SuccessRate:
        return tr("Success rate");
    case Metric::ErrorRate:
        return tr("Error rate");
    case Metric::AvgMs:
        return tr("Average latency");
    case Metric::P50Ms:
        return tr("P50 latency");
    case Metric::P95Ms:
        return tr("P95 latency");
    case Metric::P99Ms:
        return tr("P99 latency");
    case Metric::ThroughputRps:
        return tr("Throughput");
    }
    return {};
}

QString ResultText::milliseconds(double ms)
{
    // Small values keep a decimal so a 1.4 ms health check does not read as "1 ms".
    return tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 1 : 0));
}

QString ResultText::percent(double percent)
{
    return tr("%1 %").arg(QLocale().toString(percent, 'f', 2));
}

QString ResultText::count(qint64 count)
{
    return QLocale().toString(count);
}

QString ResultText::value(Metric metric, double value)
{
    switch (metric) {
    case Metric::SuccessRate:
    case Metric::ErrorRate:
        return percent(value);
    case Metric::AvgMs:
    case Metric::P50Ms:
    case Metric::P95Ms:
    case Metric::P99Ms:
        return milliseconds(value);
    case Metric::ThroughputRps:
        return tr("%1 req/s").arg(QLocale().toString(value, 'f', 1));
    }
    return {};
}

QString ResultText::target(const Target &target)
{
    if (metricInfo(target.metric).higherIsBetter) {
        return tr("goal ≥ %1 · critical < %2")
            .arg(value(target.metric, target.goal), value(target.metric, target.critical));
    }
    return tr("goal ≤ %1 · critical > %2")
        .arg(value(target.metric, target.goal), value(target.metric, target.critical));
}

QString ResultText::reason(const TargetResult &result)
{
    const Metric metric = result.target.metric;
    const QString name = metricName(metric);
    const QString actual = value(metric, result.actual);
    const QString goal = value(metric, result.target.goal);
    const QString critical = value(metric, result.target.critical);
    switch (result.verdict) {
    case Verdict::Pass:
        return tr("%1 %2 meets the goal %3").arg(name, actual, goal);
    case Verdict::Warn:
        return tr("%1 %2 misses the goal %3 (critical %4)").arg(name, actual, goal, critical);
    case Verdict::Fail:
        return tr("%1 %2 is beyond its critical level %3 (goal %4)").arg(name, actual, critical, goal);
    }
    return {};
}

QString ResultText::phaseReason(const PhaseResult &phase)
{
    if (phase.targetResults.empty())
        return tr("No targets set");
    QStringList reasons;
    for (const TargetResult &result : phase.targetResults) {
        if (result.verdict == phase.verdict && result.verdict != Verdict::Pass)
            reasons << reason(result);
    }
    if (reasons.isEmpty())
        return tr("All %n target(s) met", nullptr, int(phase.targetResults.size()));
    return reasons.join(QStringLiteral("; "));
}

QString ResultText::load(const Phase &phase)
{
    if (phase.model == LoadModel::Open) {
        return tr("%1 req/s, at most %n user(s)", nullptr, phase.maxUsers)
            .arg(QLocale().toString(phase.arrivalRate, 'g', 6));
    }
    return tr("%n user(s)", nullptr, phase.users);
}

QString ResultText::duration(double seconds)
{
    const qint64 total = std::max<qint64>(0, std::llround(seconds));
    const qint64 h = total / 3600;
    const qint64 m = (total % 3600) / 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString ResultText::kpiTitle(Kpi kpi)
{
    switch (kpi) {
    case Kpi::RequestsPerS:
        return tr("Requests/s");
    case Kpi::P50Ms:
        return tr("P50 latency");
    case Kpi::P95Ms:
        return tr("P95 latency");
    case Kpi::P99Ms:
        return tr("P99 latency");
    case Kpi::SuccessRate:
        return tr("Success rate");
    case Kpi::ErrorRate:
        return tr("Error rate");
    case Kpi::ActiveUsers:
        return tr("Active users");
    case Kpi::Dropped:
        return tr("Dropped");
    case Kpi::GeneratorCpu:
        return tr("Generator CPU");
    case Kpi::SendLagP99:
        return tr("Send lag P99");
    }
    return {};
}

QString ResultText::kpiValue(const KpiReading &reading)
{
    if (!reading.hasValue)
        return tr("—");
    if (const std::optional<Metric> metric = metricOfKpi(reading.kpi))
        return value(*metric, reading.value);
    if (reading.kpi == Kpi::GeneratorCpu)
        return tr("%1 % of a core").arg(QLocale().toString(reading.value, 'f', 0));
    if (reading.kpi == Kpi::SendLagP99)
        return milliseconds(reading.value);
    return count(qint64(std::llround(reading.value)));
}

} // namespace ls
