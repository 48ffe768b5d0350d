#include "TextSummary.h"

#include "GeneratorHealth.h"

#include <QCoreApplication>

#include <cmath>

namespace ls {

namespace {

// The CLI summary in the chosen language (loadstudio-cli --lang), in the "TextSummary" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TextSummary)
};

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString pad(const QString &text, int width)
{
    return text.leftJustified(width);
}

QString rpad(const QString &text, int width)
{
    return text.rightJustified(width);
}

QString formatValue(Metric metric, double value)
{
    const MetricInfo &info = metricInfo(metric);
    const int decimals = QLatin1String(info.unit) == QLatin1String("ms") ? 1 : 2;
    return number(value, decimals) + QLatin1Char(' ') + QLatin1String(info.unit);
}

} // namespace

QString formatDuration(double seconds)
{
    const qint64 s = std::llround(seconds);
    if (s >= 3600)
        return Text::tr("%1h %2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (s >= 60)
        return Text::tr("%1m %2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return Text::tr("%1s").arg(s);
}

QString describeLoad(const Phase &phase)
{
    if (phase.model == LoadModel::Open)
        return Text::tr("%1 req/s (max %2 users)").arg(phase.arrivalRate).arg(phase.maxUsers);
    return Text::tr("%1 users").arg(phase.users);
}

QString formatSummaryTable(const RunReport &report)
{
    QString out;
    out += Text::tr("Load Studio report: %1 (%2, transport %3, %4 worker threads)\n")
               .arg(report.plan.name, report.plan.baseUrl, report.transport)
               .arg(report.workerThreads);
    for (const PhaseResult &phase : report.phases) {
        const StatsBlock &t = phase.totals;
        const MetricValues m = phase.metrics();
        const LatencySummary l = LatencySummary::of(t.latency);
        out += QLatin1Char('\n');
        out += Text::tr("Phase %1: %2, %3 s  ->  %4\n")
                   .arg(phase.phase.name, describeLoad(phase.phase), number(phase.elapsedS, 1),
                        verdictName(phase.verdict));
        if (phase.stoppedEarly)
            out += Text::tr("  stopped early: %1\n").arg(phase.stopReason);
        out += Text::tr("  requests %1, successful %2, failed %3 (%4 success), %5 req/s\n")
                   .arg(t.requests)
                   .arg(t.successes)
                   .arg(t.failures())
                   .arg(formatPercent(m.successRate))
                   .arg(number(m.throughputRps, 1));
        out += Text::tr("  latency ms: min %1  avg %2  p50 %3  p95 %4  p99 %5  max %6\n")
                   .arg(number(l.minMs, 1), number(l.meanMs, 1), number(l.p50Ms, 1), number(l.p95Ms, 1),
                        number(l.p99Ms, 1), number(l.maxMs, 1));
        if (const auto corrected = phase.coordinatedOmissionCorrected()) {
            const LatencySummary c = LatencySummary::of(corrected->latency);
            out += Text::tr("  on schedule (corrected for coordinated omission, every %1 ms): p50 %2  p95 %3  "
                            "p99 %4\n")
                       .arg(number(corrected->expectedIntervalMs, 1), number(c.p50Ms, 1), number(c.p95Ms, 1),
                            number(c.p99Ms, 1));
        }
        if (t.dropped || t.aborted)
            out += Text::tr("  dropped %1, aborted %2\n").arg(t.dropped).arg(t.aborted);
        for (const auto &[key, tally] : t.errors) {
            out += Text::tr("  error %1: %2  (first: %3)\n")
                       .arg(pad(errorKeyName(key), 18))
                       .arg(tally.count)
                       .arg(tally.sampleMessage.left(100));
        }
        if (!phase.targetResults.empty()) {
            out += Text::tr("  %1 %2 %3 %4 %5\n")
                       .arg(pad(Text::tr("target"), 16), rpad(Text::tr("goal"), 14), rpad(Text::tr("critical"), 14),
                            rpad(Text::tr("actual"), 14), Text::tr(" verdict"));
        }
        for (const TargetResult &r : phase.targetResults) {
            const MetricInfo &info = metricInfo(r.target.metric);
            out += Text::tr("  %1 %2 %3 %4  %5\n")
                       .arg(pad(QLatin1String(info.key), 16), rpad(formatValue(r.target.metric, r.target.goal), 14),
                            rpad(formatValue(r.target.metric, r.target.critical), 14),
                            rpad(formatValue(r.target.metric, r.actual), 14), verdictName(r.verdict));
        }
    }
    out += QLatin1Char('\n');
    if (report.aborted)
        out += Text::tr("Run aborted: %1\n").arg(report.abortReason);
    for (const QString &warning : generatorWarnings(report))
        out += Text::tr("WARNING: %1\n").arg(warning);
    out += Text::tr("Overall verdict: %1\n").arg(verdictName(report.verdict));
    return out;
}

} // namespace ls
