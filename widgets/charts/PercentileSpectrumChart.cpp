#include "PercentileSpectrumChart.h"

#include "Downsample.h"
#include "PercentileSpectrum.h"
#include "ResultText.h"
#include "TimeSeriesChart.h"

#include <QCategoryAxis>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ls {

namespace {
constexpr double topPercentile = 99.99;
}

PercentileSpectrumChart::PercentileSpectrumChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Latency by percentile"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    setAccessibleName(tr("Latency by percentile"));

    // A linear axis over log10(nines) with labels at each nine: a log axis whose labels read as percentiles.
    m_percentileAxis = new QCategoryAxis(chart);
    m_percentileAxis->setTitleText(tr("Percentile"));
    m_percentileAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const std::vector<SpectrumTick> ticks = spectrumTicks(topPercentile);
    m_percentileAxis->setStartValue(0); // the first category (up to 50%) needs a start below its end
    for (const SpectrumTick &tick : ticks)
        m_percentileAxis->append(tick.label, std::log10(tick.nines));
    m_percentileAxis->setRange(std::log10(ticks.front().nines), std::log10(ticks.back().nines));

    m_latencyAxis = new QValueAxis(chart);
    m_latencyAxis->setTitleText(tr("Latency (ms)"));
    m_latencyAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_latencyAxis->setRange(0, 1);
    chart->addAxis(m_percentileAxis, Qt::AlignBottom);
    chart->addAxis(m_latencyAxis, Qt::AlignLeft);
    applyPalette();
}

QColor PercentileSpectrumChart::lineColor(int index)
{
    static const QColor colors[] = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                                    QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                    QColor(0x33, 0x33, 0x33), QColor(0x99, 0x44, 0x55)};
    return colors[std::size_t(index) % std::size(colors)];
}

void PercentileSpectrumChart::clear()
{
    chart()->removeAllSeries();
    m_latencyAxis->setRange(0, 1);
}

QList<QLineSeries *> PercentileSpectrumChart::lineSeries() const
{
    QList<QLineSeries *> lines;
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            lines << line;
    }
    return lines;
}

void PercentileSpectrumChart::setLines(const std::vector<Line> &lines)
{
    clear();
    double maximum = 0;
    int index = 0;
    for (const Line &line : lines) {
        const std::vector<SpectrumPoint> spectrum = percentileSpectrum(line.latencyUs, {50, topPercentile, 5, 1000});
        if (spectrum.empty())
            continue;
        auto *series = new QLineSeries(chart());
        series->setName(line.name);
        series->setObjectName(QStringLiteral("spectrum_%1").arg(index));
        series->setPen(QPen(lineColor(index), 2));
        series->setPointsVisible(true);
        series->setMarkerSize(4);
        QList<QPointF> points;
        for (const SpectrumPoint &p : spectrum) {
            points.append(QPointF(std::log10(p.nines), p.valueMs));
            maximum = std::max(maximum, p.valueMs);
        }
        series->replace(points);
        chart()->addSeries(series);
        series->attachAxis(m_percentileAxis);
        series->attachAxis(m_latencyAxis);
        connect(series, &QLineSeries::hovered, this,
                [this, series](const QPointF &point, bool state) { showPointToolTip(series, point, state); });
        ++index;
    }
    const double end = niceCeiling(std::max(maximum * 1.05, 1.0));
    setAxisRangeWithTicks(m_latencyAxis, 0, end, 6);
}

void PercentileSpectrumChart::showPointToolTip(const QLineSeries *series, const QPointF &point, bool entering)
{
    if (!entering) {
        QToolTip::hideText();
        return;
    }
    const double percentile = percentileOfNines(std::pow(10.0, point.x()));
    QToolTip::showText(
        QCursor::pos(),
        tr("%1: %2 of requests within %3")
            .arg(series->name(), QLocale().toString(percentile, 'f', 2) + u'%', ResultText::milliseconds(point.y())),
        this);
}

void PercentileSpectrumChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void PercentileSpectrumChart::applyPalette()
{
    const QPalette pal = palette();
    QChart *c = chart();
    c->setBackgroundBrush(pal.brush(QPalette::Base));
    c->setTitleBrush(pal.brush(QPalette::Text));
    c->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_percentileAxis), static_cast<QAbstractAxis *>(m_latencyAxis)}) {
        axis->setLabelsBrush(pal.brush(QPalette::Text));
        axis->setTitleBrush(pal.brush(QPalette::Text));
        QColor grid = pal.color(QPalette::Text);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
}

} // namespace ls
