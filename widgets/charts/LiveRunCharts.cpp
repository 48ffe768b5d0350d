#include "LiveRunCharts.h"

#include "ResultText.h"

#include <QGridLayout>
#include <QLegend>
#include <QLineSeries>

#include <algorithm>
#include <set>

namespace ls {

namespace {

const QColor p50Color(0x00, 0x72, 0xb2);
const QColor p95Color(0xe6, 0x9f, 0x00);
const QColor p99Color(0xd5, 0x5e, 0x00);
const QColor throughputColor(0x00, 0x9e, 0x73);
const QColor usersColor(0xcc, 0x79, 0xa7);

// A phase's last interval can be a sliver (the graceful stop ends mid-second): a rate over a few milliseconds is
// noise, so rate charts leave such intervals out (the report keeps them).
constexpr double minRateIntervalS = 0.5;

double pointTime(const TimelinePoint &p)
{
    return p.startS + p.lengthS; // a second's figures are known at its end
}

// Goal and critical lines of the phase's targets on `metrics`, merged where they coincide
// ("P95 critical · P99 goal 500 ms" rather than two labels on top of each other).
void addTargetLines(std::vector<ReferenceLine> &lines, const ChartPhase &phase,
                    const std::vector<std::pair<Metric, QColor>> &metrics)
{
    std::vector<ReferenceLine> phaseLines;
    auto add = [&](double value, const QString &label, const QColor &color, Qt::PenStyle style) {
        for (ReferenceLine &line : phaseLines) {
            if (line.value == value) {
                line.label += QStringLiteral(" · ") + label;
                return;
            }
        }
        phaseLines.push_back({phase.startS, phase.endS, value, label, color, style});
    };
    for (const auto &[metric, color] : metrics) {
        for (const Target &target : phase.targets) {
            if (target.metric != metric)
                continue;
            // "P95" rather than "P95 latency": the labels sit on a latency chart already.
            const QString name = metric == Metric::ThroughputRps
                                     ? ResultText::metricName(metric)
                                     : QString::fromLatin1(metricInfo(metric).key).left(3).toUpper();
            add(target.goal, LiveRunCharts::tr("%1 goal %2").arg(name, ResultText::value(metric, target.goal)), color,
                Qt::DashLine);
            add(target.critical,
                LiveRunCharts::tr("%1 critical %2").arg(name, ResultText::value(metric, target.critical)), color,
                Qt::DotLine);
        }
    }
    lines.insert(lines.end(), phaseLines.begin(), phaseLines.end());
}

} // namespace

LiveRunCharts::LiveRunCharts(QWidget *parent) : QWidget(parent)
{
    m_latency = new TimeSeriesChart(tr("Latency percentiles"), tr("ms"), this);
    m_latency->setObjectName(QStringLiteral("latencyChart"));
    m_p50 = m_latency->addLine(tr("P50"), p50Color, QStringLiteral("p50Series"));
    m_p95 = m_latency->addLine(tr("P95"), p95Color, QStringLiteral("p95Series"));
    m_p99 = m_latency->addLine(tr("P99"), p99Color, QStringLiteral("p99Series"));

    m_throughput = new TimeSeriesChart(tr("Throughput"), tr("req/s"), this);
    m_throughput->setObjectName(QStringLiteral("throughputChart"));
    m_rps = m_throughput->addLine(tr("Completed requests/s"), throughputColor, QStringLiteral("throughputSeries"));

    m_errors = new TimeSeriesChart(tr("Errors by class"), tr("errors/s"), this);
    m_errors->setObjectName(QStringLiteral("errorChart"));

    m_users = new TimeSeriesChart(tr("Active users"), tr("users"), this);
    m_users->setObjectName(QStringLiteral("usersChart"));
    m_activeUsers = m_users->addLine(tr("Active users"), usersColor, QStringLiteral("activeUsersSeries"));

    // Room for the plots: the single-line charts are named by their titles, and the grid names the time axis once.
    m_throughput->chart()->legend()->hide();
    m_users->chart()->legend()->hide();
    m_latency->setTimeAxisTitleVisible(false);
    m_throughput->setTimeAxisTitleVisible(false);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_latency, 0, 0);
    grid->addWidget(m_throughput, 0, 1);
    grid->addWidget(m_errors, 1, 0);
    grid->addWidget(m_users, 1, 1);
}

void LiveRunCharts::clear()
{
    m_points.clear();
    m_phases.clear();
    for (TimeSeriesChart *chart : {m_latency, m_throughput, m_errors, m_users})
        chart->clearData();
    setTimeRange(0, 60);
}

void LiveRunCharts::setPhases(std::vector<ChartPhase> phases)
{
    m_phases = std::move(phases);
    std::vector<PhaseBand> bands;
    for (const ChartPhase &phase : m_phases)
        bands.push_back({phase.name, phase.startS, phase.endS});
    for (TimeSeriesChart *chart : {m_latency, m_throughput, m_errors, m_users})
        chart->setPhaseBands(bands);
    updateReferenceLines();
}

void LiveRunCharts::updateReferenceLines()
{
    std::vector<ReferenceLine> latencyLines;
    std::vector<ReferenceLine> throughputLines;
    for (const ChartPhase &phase : m_phases) {
        addTargetLines(latencyLines, phase,
                       {{Metric::P50Ms, p50Color}, {Metric::P95Ms, p95Color}, {Metric::P99Ms, p99Color}});
        addTargetLines(throughputLines, phase, {{Metric::ThroughputRps, throughputColor}});
    }
    m_latency->setReferenceLines(std::move(latencyLines));
    m_throughput->setReferenceLines(std::move(throughputLines));
    m_latency->updateValueRange();
    m_throughput->updateValueRange();
}

void LiveRunCharts::appendSecond(const TimelinePoint &point)
{
    m_points.push_back(point);
    refresh();
}

void LiveRunCharts::setTimeRange(double fromS, double toS)
{
    for (TimeSeriesChart *chart : {m_latency, m_throughput, m_errors, m_users})
        chart->setTimeRange(fromS, toS);
}

void LiveRunCharts::showReport(const RunReport &report)
{
    m_points.clear();
    std::vector<ChartPhase> phases;
    double end = 0;
    for (const PhaseResult &phase : report.phases) {
        m_points.insert(m_points.end(), phase.timeline.begin(), phase.timeline.end());
        if (phase.timeline.empty())
            continue;
        ChartPhase chartPhase;
        chartPhase.name = phase.phase.name;
        chartPhase.startS = phase.timeline.front().startS;
        chartPhase.endS = pointTime(phase.timeline.back());
        chartPhase.targets = phase.targets;
        end = std::max(end, chartPhase.endS);
        phases.push_back(std::move(chartPhase));
    }
    setTimeRange(0, std::max(end, 1.0));
    setPhases(std::move(phases));
    refresh();
}

void LiveRunCharts::refresh()
{
    std::vector<QPointF> p50, p95, p99, rps, users;
    std::set<ErrorKey> errorKeys;
    for (const TimelinePoint &p : m_points) {
        const double t = pointTime(p);
        if (p.completed > 0) { // a second without answers has no latency, not a latency of 0
            p50.emplace_back(t, p.p50Ms);
            p95.emplace_back(t, p.p95Ms);
            p99.emplace_back(t, p.p99Ms);
        }
        if (p.lengthS >= minRateIntervalS)
            rps.emplace_back(t, p.rps);
        users.emplace_back(t, p.activeUsers);
        for (const auto &[key, count] : p.errors)
            errorKeys.insert(key);
    }
    m_latency->setLinePoints(m_p50, p50);
    m_latency->setLinePoints(m_p95, p95);
    m_latency->setLinePoints(m_p99, p99);
    m_throughput->setLinePoints(m_rps, rps);
    m_users->setLinePoints(m_activeUsers, users);

    std::vector<double> times;
    std::vector<std::vector<double>> layers(errorKeys.size());
    QStringList names;
    for (ErrorKey key : errorKeys)
        names << errorKeyName(key);
    for (const TimelinePoint &p : m_points) {
        if (p.lengthS < minRateIntervalS)
            continue;
        times.push_back(pointTime(p));
        std::size_t layer = 0;
        for (ErrorKey key : errorKeys) {
            const auto found = p.errors.find(key);
            layers[layer++].push_back(found == p.errors.end() ? 0.0 : double(found->second) / p.lengthS);
        }
    }
    m_errors->setStackedAreas(names, stackLayers(times, layers, TimeSeriesChart::maxPointsPerSeries));

    for (TimeSeriesChart *chart : {m_latency, m_throughput, m_errors, m_users})
        chart->updateValueRange();
}

} // namespace ls
