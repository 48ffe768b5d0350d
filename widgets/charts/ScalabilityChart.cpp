#include "ScalabilityChart.h"

#include "PercentileSpectrumChart.h"
#include "TimeSeriesChart.h"

#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ls {

ScalabilityChart::ScalabilityChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Scalability: latency and throughput against load"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    setObjectName(QStringLiteral("scalabilityChart"));
    setAccessibleName(tr("Scalability chart"));

    m_loadAxis = new QValueAxis(chart);
    m_loadAxis->setTitleText(tr("Users"));
    m_loadAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_latencyAxis = new QValueAxis(chart);
    m_latencyAxis->setTitleText(tr("Latency (ms)"));
    m_latencyAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_throughputAxis = new QValueAxis(chart);
    m_throughputAxis->setTitleText(tr("Throughput (req/s)"));
    m_throughputAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_loadAxis, Qt::AlignBottom);
    chart->addAxis(m_latencyAxis, Qt::AlignLeft);
    chart->addAxis(m_throughputAxis, Qt::AlignRight);

    auto line = [&](const QString &name, const QColor &color, Qt::PenStyle style, QValueAxis *y, const char *id) {
        auto *s = new QLineSeries(chart);
        s->setName(name);
        s->setObjectName(QLatin1String(id));
        QPen pen(color, style == Qt::SolidLine ? 2.5 : 1.5, style);
        s->setPen(pen);
        s->setPointsVisible(style == Qt::SolidLine);
        chart->addSeries(s);
        s->attachAxis(m_loadAxis);
        s->attachAxis(y);
        return s;
    };
    m_throughput =
        line(tr("Throughput"), PercentileSpectrumChart::lineColor(2), Qt::SolidLine, m_throughputAxis, "throughput");
    m_p95 = line(tr("P95"), PercentileSpectrumChart::lineColor(0), Qt::SolidLine, m_latencyAxis, "p95");
    m_p99 = line(tr("P99"), PercentileSpectrumChart::lineColor(1), Qt::SolidLine, m_latencyAxis, "p99");
    m_goal = line(tr("P95 goal"), QColor(0x2e, 0x7d, 0x32), Qt::DashLine, m_latencyAxis, "p95Goal");
    m_critical = line(tr("P95 critical"), QColor(0xc6, 0x28, 0x28), Qt::DashLine, m_latencyAxis, "p95Critical");
    clear();
}

void ScalabilityChart::clear()
{
    for (QLineSeries *s : {m_throughput, m_p95, m_p99, m_goal, m_critical})
        s->clear();
    setAxisRangeWithTicks(m_loadAxis, 0, 1, 5);
    setAxisRangeWithTicks(m_latencyAxis, 0, 1, 5);
    setAxisRangeWithTicks(m_throughputAxis, 0, 1, 5);
}

void ScalabilityChart::setLevels(const std::vector<PhaseFigures> &levels, double p95GoalMs, double p95CriticalMs)
{
    clear();
    const auto open = std::count_if(levels.begin(), levels.end(), [](const PhaseFigures &p) { return p.openModel; });
    const bool useOpen = open * 2 > qsizetype(levels.size());
    m_loadAxis->setTitleText(useOpen ? tr("Arrival rate (req/s offered)") : tr("Users"));
    std::vector<const PhaseFigures *> sorted;
    for (const PhaseFigures &p : levels) {
        if (p.openModel == useOpen && p.load > 0)
            sorted.push_back(&p);
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const PhaseFigures *a, const PhaseFigures *b) { return a->load < b->load; });
    double maxLoad = 1, maxLatency = 1, maxThroughput = 1;
    auto add = [](QLineSeries *s, double x, double y, double *max) {
        if (std::isnan(y))
            return;
        s->append(x, y);
        *max = std::max(*max, y);
    };
    for (const PhaseFigures *p : sorted) {
        maxLoad = std::max(maxLoad, p->load);
        add(m_throughput, p->load, p->value(CompareMetric::Throughput), &maxThroughput);
        add(m_p95, p->load, p->value(CompareMetric::P95), &maxLatency);
        add(m_p99, p->load, p->value(CompareMetric::P99), &maxLatency);
    }
    // The bands reach across the whole load range; the latency axis shows the goal even when all is below it.
    for (auto [series, level] : {std::pair{m_goal, p95GoalMs}, std::pair{m_critical, p95CriticalMs}}) {
        if (std::isnan(level) || sorted.empty())
            continue;
        series->append(0, level);
        series->append(maxLoad * 1.05, level);
        maxLatency = std::max(maxLatency, level);
    }
    setAxisRangeWithTicks(m_loadAxis, 0, maxLoad * 1.05, 6);
    setAxisRangeWithTicks(m_latencyAxis, 0, maxLatency * 1.1, 6);
    setAxisRangeWithTicks(m_throughputAxis, 0, maxThroughput * 1.1, 6);
}

} // namespace ls
