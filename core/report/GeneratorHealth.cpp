#include "GeneratorHealth.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GeneratorHealth", text);
}

// A second or two of a busy generator (start-up, a garbage burst) is noise; this share of the phase is not.
constexpr double overLimitShare = 0.1;
constexpr int overLimitMinimumSeconds = 3;

} // namespace

void GeneratorWatch::add(const TimelinePoint &second)
{
    if (second.generatorCpuPercent >= 0) {
        ++m_measured;
        m_cpuMax = std::max(m_cpuMax, second.generatorCpuPercent);
        if (second.generatorCpuPercent > generatorCpuLimitPercent)
            ++m_overCpu;
    }
    if (second.sendLagP99Ms >= 0 && second.lengthS >= 0.5) {
        ++m_lagMeasured;
        m_secondSendLagMax = std::max(m_secondSendLagMax, second.sendLagP99Ms);
        if (second.sendLagP99Ms > sendLagLimitMs)
            ++m_overLag;
    }
}

double GeneratorWatch::sendLagP99Ms() const
{
    return m_phaseSendLagP99Ms >= 0 ? m_phaseSendLagP99Ms : m_secondSendLagMax;
}

QStringList GeneratorWatch::warnings() const
{
    QStringList out;
    const int needed =
        std::max(overLimitMinimumSeconds, int(std::ceil(overLimitShare * double(std::max(m_measured, 1)))));
    if (m_overCpu >= needed) {
        out << tr("the load generator's busiest thread used more than %1% of a core in %2 of %3 seconds; results "
                  "may be inflated by the load generator")
                   .arg(generatorCpuLimitPercent)
                   .arg(m_overCpu)
                   .arg(m_measured);
    }
    // The phase's own p99 when there is one; live, the same rule as for the CPU over the seconds so far.
    const double lag = sendLagP99Ms();
    const int lagNeeded =
        std::max(overLimitMinimumSeconds, int(std::ceil(overLimitShare * double(std::max(m_lagMeasured, 1)))));
    if (m_phaseSendLagP99Ms >= 0 ? lag > sendLagLimitMs : m_overLag >= lagNeeded) {
        out << tr("requests went out late: send lag p99 %1 ms exceeds %2 ms; results may be inflated by the load "
                  "generator")
                   .arg(lag, 0, 'f', 1)
                   .arg(sendLagLimitMs);
    }
    return out;
}

GeneratorWatch generatorWatchOf(const PhaseResult &phase)
{
    GeneratorWatch watch;
    for (const TimelinePoint &second : phase.timeline)
        watch.add(second);
    if (!phase.totals.sendLag.isEmpty())
        watch.setPhaseSendLagP99Ms(double(phase.totals.sendLag.valueAtPercentile(99)) / 1000.0);
    return watch;
}

QStringList generatorWarnings(const RunReport &report)
{
    QStringList out;
    for (const PhaseResult &phase : report.phases) {
        for (const QString &warning : generatorWatchOf(phase).warnings())
            out << phase.phase.name + QStringLiteral(": ") + warning;
    }
    return out;
}

} // namespace ls
