#include "TrendChart.h"

#include "PercentileSpectrumChart.h"
#include "TimeSeriesChart.h"

#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace ls {

TrendChart::TrendChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setObjectName(QStringLiteral("trendChart"));
    setAccessibleName(tr("Trend across runs"));
    m_timeAxis = new QDateTimeAxis(chart);
    m_timeAxis->setFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_timeAxis->setTitleText(tr("Run started"));
    m_valueAxis = new QValueAxis(chart);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series = new QLineSeries(chart);
    m_series->setObjectName(QStringLiteral("trend"));
    m_series->setPointsVisible(true);
    m_series->setPen(QPen(PercentileSpectrumChart::lineColor(0), 2.5));
    chart->addSeries(m_series);
    m_series->attachAxis(m_timeAxis);
    m_series->attachAxis(m_valueAxis);
    setTrend({}, tr("Pick a plan, phase and metric"), QString());
}

void TrendChart::setTrend(const std::vector<TrendPoint> &points, const QString &title, const QString &unit)
{
    chart()->setTitle(title);
    m_valueAxis->setTitleText(unit);
    m_series->clear();
    double maxValue = 1;
    QDateTime from = QDateTime::currentDateTimeUtc().addDays(-1), to = QDateTime::currentDateTimeUtc();
    if (!points.empty()) {
        from = points.front().when;
        to = points.back().when;
    }
    for (const TrendPoint &p : points) {
        m_series->append(double(p.when.toMSecsSinceEpoch()), p.value);
        maxValue = std::max(maxValue, p.value);
    }
    // A single run still gets a readable time range around it.
    if (from == to) {
        from = from.addSecs(-3600);
        to = to.addSecs(3600);
    }
    const qint64 spanMs = to.toMSecsSinceEpoch() - from.toMSecsSinceEpoch();
    // Runs minutes apart need seconds on the axis to tell its labels apart; runs days apart only the date.
    m_timeAxis->setFormat(spanMs < 4 * 3600'000      ? QStringLiteral("HH:mm:ss")
                          : spanMs < 4 * 86400'000LL ? QStringLiteral("MM-dd HH:mm")
                                                     : QStringLiteral("yyyy-MM-dd"));
    const qint64 margin = std::max<qint64>(60'000, spanMs / 20);
    m_timeAxis->setRange(from.addMSecs(-margin), to.addMSecs(margin));
    setAxisRangeWithTicks(m_valueAxis, 0, maxValue * 1.1, 6);
}

} // namespace ls
