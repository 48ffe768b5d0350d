#include "TimeSeriesChart.h"

#include <QAreaSeries>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ls {

namespace {

constexpr int bandLabelPadding = 3;
// Reference lines of consecutive phases closer than this (the pause between phases) count as one line.
constexpr double adjacentPhaseGapS = 1.5;

} // namespace

// The axis from `from` to `to` with ticks at a readable step: about `count` of them. Range and step change in the
// order that never has a wide range with a fine step in between: Qt Charts lays the axis out on each change, and
// 0..1000 at a step of 0.2 would make 5000 labels (a stall of seconds on the GUI thread).
void setAxisRangeWithTicks(QValueAxis *axis, double from, double to, int count)
{
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    const double interval = niceCeiling(std::max(to - from, 1e-9) / count);
    if (interval >= axis->tickInterval()) {
        axis->setTickInterval(interval);
        axis->setRange(from, to);
    } else {
        axis->setRange(from, to);
        axis->setTickInterval(interval);
    }
    // As many decimals as the step needs (0.25 needs two), so no two ticks read alike.
    int decimals = 0;
    while (decimals < 3 &&
           std::abs(interval * std::pow(10.0, decimals) - std::round(interval * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + u'f');
}

TimeSeriesChart::TimeSeriesChart(const QString &title, const QString &valueTitle, QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // a live chart redrawn every second must not animate
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    setAccessibleName(title);

    m_timeAxis = new QValueAxis(chart);
    m_timeAxis->setTitleText(tr("Time since start (s)"));
    m_timeAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis = new QValueAxis(chart);
    m_valueAxis->setTitleText(valueTitle);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    setTimeRange(0, 60);
    setAxisRangeWithTicks(m_valueAxis, 0, 1, 5);
    applyPalette();
}

void TimeSeriesChart::setTimeAxisTitleVisible(bool visible)
{
    m_timeAxis->setTitleVisible(visible);
}

QLineSeries *TimeSeriesChart::addLine(const QString &name, const QColor &color, const QString &objectName)
{
    auto *series = new QLineSeries(chart());
    series->setName(name);
    series->setObjectName(objectName);
    QPen pen(color);
    pen.setWidthF(2);
    series->setPen(pen);
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    m_lines.push_back(series);
    m_lineMaxima.push_back(0);
    return series;
}

void TimeSeriesChart::setLinePoints(QLineSeries *series, const std::vector<QPointF> &points)
{
    const auto it = std::find(m_lines.begin(), m_lines.end(), series);
    if (it == m_lines.end())
        return;
    const std::vector<QPointF> shown = downsampleMinMax(points, maxPointsPerSeries);
    double maximum = 0;
    for (const QPointF &p : shown)
        maximum = std::max(maximum, p.y());
    m_lineMaxima[std::size_t(it - m_lines.begin())] = maximum;
    series->replace(QList<QPointF>(shown.begin(), shown.end()));
}

QColor TimeSeriesChart::areaColor(int index)
{
    // Distinguishable for the common kinds of colour blindness (Okabe-Ito), darkest first.
    static const QColor colors[] = {QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x72, 0xb2), QColor(0xcc, 0x79, 0xa7),
                                    QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0x56, 0xb4, 0xe9),
                                    QColor(0xf0, 0xe4, 0x42), QColor(0x66, 0x66, 0x66)};
    return colors[std::size_t(index) % std::size(colors)];
}

void TimeSeriesChart::setStackedAreas(const QStringList &names, const StackedLayers &layers)
{
    if (names != m_areaNames) {
        for (QAreaSeries *area : m_areas) {
            chart()->removeSeries(area);
            delete area; // deletes its line series, which are its children
        }
        m_areas.clear();
        m_areaNames = names;
        for (int i = 0; i < names.size(); ++i) {
            auto *area = new QAreaSeries(chart());
            auto *upper = new QLineSeries(area);
            area->setUpperSeries(upper);
            if (i > 0)
                area->setLowerSeries(new QLineSeries(area));
            area->setName(names[i]);
            area->setObjectName(QStringLiteral("area_") + names[i]);
            const QColor color = areaColor(i);
            area->setBrush(color);
            area->setPen(QPen(color.darker(130), 1));
            chart()->addSeries(area);
            area->attachAxis(m_timeAxis);
            area->attachAxis(m_valueAxis);
            m_areas.push_back(area);
        }
    }
    m_areaMaximum = 0;
    for (std::size_t layer = 0; layer < m_areas.size() && layer < layers.tops.size(); ++layer) {
        QList<QPointF> upper;
        upper.reserve(qsizetype(layers.x.size()));
        for (std::size_t i = 0; i < layers.x.size(); ++i) {
            upper.append(QPointF(layers.x[i], layers.tops[layer][i]));
            m_areaMaximum = std::max(m_areaMaximum, layers.tops[layer][i]);
        }
        if (layer > 0) {
            QList<QPointF> lower;
            lower.reserve(upper.size());
            for (std::size_t i = 0; i < layers.x.size(); ++i)
                lower.append(QPointF(layers.x[i], layers.tops[layer - 1][i]));
            m_areas[layer]->lowerSeries()->replace(lower);
        }
        m_areas[layer]->upperSeries()->replace(upper);
    }
}

void TimeSeriesChart::setTimeRange(double fromS, double toS)
{
    toS = std::max(toS, fromS + 1);
    if (m_timeAxis->min() == fromS && m_timeAxis->max() == toS)
        return;
    setAxisRangeWithTicks(m_timeAxis, fromS, toS, 8);
}

double TimeSeriesChart::timeRangeEnd() const
{
    return m_timeAxis->max();
}

void TimeSeriesChart::setPhaseBands(std::vector<PhaseBand> bands)
{
    m_bands = std::move(bands);
    viewport()->update();
}

void TimeSeriesChart::setReferenceLines(std::vector<ReferenceLine> lines)
{
    // Phases that share a target give one line across them, labelled once, not a label per phase.
    m_referenceLines.clear();
    for (ReferenceLine &line : lines) {
        const auto continued =
            std::find_if(m_referenceLines.begin(), m_referenceLines.end(), [&](const ReferenceLine &l) {
                return l.value == line.value && l.label == line.label && l.color == line.color &&
                       l.style == line.style && line.startS <= l.endS + adjacentPhaseGapS && line.endS >= l.startS;
            });
        if (continued != m_referenceLines.end()) {
            continued->startS = std::min(continued->startS, line.startS);
            continued->endS = std::max(continued->endS, line.endS);
        } else {
            m_referenceLines.push_back(std::move(line));
        }
    }
    viewport()->update();
}

void TimeSeriesChart::updateValueRange()
{
    double top = m_areaMaximum;
    for (double maximum : m_lineMaxima)
        top = std::max(top, maximum);
    // The nearest reference line stays in view so the distance to the goal can be seen, even at low values.
    double lowestReference = 0;
    for (const ReferenceLine &line : m_referenceLines) {
        if (line.value > 0 && (lowestReference == 0 || line.value < lowestReference))
            lowestReference = line.value;
    }
    top = std::max(top, lowestReference) * 1.1;
    const double end = niceCeiling(std::max(top, 1.0));
    if (m_valueAxis->max() != end || m_valueAxis->min() != 0) {
        setAxisRangeWithTicks(m_valueAxis, 0, end, 5);
    }
    viewport()->update();
}

double TimeSeriesChart::valueRangeEnd() const
{
    return m_valueAxis->max();
}

void TimeSeriesChart::clearData()
{
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        m_lines[i]->clear();
        m_lineMaxima[i] = 0;
    }
    setStackedAreas({}, {});
    m_bands.clear();
    m_referenceLines.clear();
    updateValueRange();
}

double TimeSeriesChart::toSceneX(double seconds, const QRectF &plot) const
{
    const double span = m_timeAxis->max() - m_timeAxis->min();
    return plot.left() + (seconds - m_timeAxis->min()) / span * plot.width();
}

double TimeSeriesChart::toSceneY(double value, const QRectF &plot) const
{
    const double span = m_valueAxis->max() - m_valueAxis->min();
    return plot.bottom() - (value - m_valueAxis->min()) / span * plot.height();
}

void TimeSeriesChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
    if (plot.width() <= 0 || plot.height() <= 0)
        return;
    painter->save();
    painter->setClipRect(plot);
    QFont font = chart()->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const double labelHeight = metrics.height() + 2 * bandLabelPadding;

    // Phase bands: translucent, so they tint whatever is behind without hiding the series.
    QColor shade = palette().color(QPalette::Highlight);
    for (std::size_t i = 0; i < m_bands.size(); ++i) {
        const PhaseBand &band = m_bands[i];
        const double left = std::max(plot.left(), toSceneX(band.startS, plot));
        const double right = std::min(plot.right(), toSceneX(band.endS, plot));
        if (right <= left)
            continue;
        shade.setAlpha(i % 2 == 0 ? 36 : 18);
        painter->fillRect(QRectF(left, plot.top(), right - left, plot.height()), shade);
        painter->setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter->drawLine(QPointF(left, plot.top()), QPointF(left, plot.bottom()));
        const double textWidth = right - left - 2 * bandLabelPadding;
        if (textWidth > metrics.averageCharWidth() * 3) {
            painter->setPen(palette().color(QPalette::Text));
            const QString text = metrics.elidedText(band.name, Qt::ElideRight, textWidth);
            painter->drawText(
                QRectF(left + bandLabelPadding, plot.top() + bandLabelPadding, textWidth, metrics.height()),
                Qt::AlignLeft | Qt::AlignTop, text);
        }
    }

    // Reference lines with their label at the right end, above the line or else below it; a label that does not
    // fit its line's length or would cover the phase names or another label is left out (the line stays).
    std::vector<QRectF> taken;
    for (const PhaseBand &band : m_bands) {
        const double left = std::max(plot.left(), toSceneX(band.startS, plot));
        const double right = std::min(plot.right(), toSceneX(band.endS, plot));
        if (right > left)
            taken.emplace_back(left, plot.top(), right - left, labelHeight);
    }
    for (const ReferenceLine &line : m_referenceLines) {
        const double y = toSceneY(line.value, plot);
        if (y < plot.top() || y > plot.bottom())
            continue;
        const double left = std::max(plot.left(), toSceneX(line.startS, plot));
        const double right = std::min(plot.right(), toSceneX(line.endS, plot));
        if (right <= left)
            continue;
        painter->setPen(QPen(line.color, 1.5, line.style));
        painter->drawLine(QPointF(left, y), QPointF(right, y));
        const double width = metrics.horizontalAdvance(line.label) + 2;
        if (width + 4 > right - left)
            continue;
        const QRectF above(right - width - 2, y - metrics.height() - 1, width, metrics.height());
        const QRectF below(right - width - 2, y + 1, width, metrics.height());
        const auto isFree = [&](const QRectF &r) {
            return plot.contains(r) &&
                   std::none_of(taken.begin(), taken.end(), [&](const QRectF &t) { return t.intersects(r); });
        };
        const QRectF *place = isFree(above) ? &above : isFree(below) ? &below : nullptr;
        if (!place)
            continue;
        taken.push_back(*place);
        painter->setPen(line.color);
        painter->drawText(*place, Qt::AlignRight | Qt::AlignVCenter, line.label);
    }
    painter->restore();
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void TimeSeriesChart::applyPalette()
{
    // Follow the application's palette (light or dark) without a chart theme, which would reset series colours.
    const QPalette pal = palette();
    QChart *c = chart();
    c->setBackgroundBrush(pal.brush(QPalette::Base));
    c->setTitleBrush(pal.brush(QPalette::Text));
    c->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QValueAxis *axis : {m_timeAxis, m_valueAxis}) {
        axis->setLabelsBrush(pal.brush(QPalette::Text));
        axis->setTitleBrush(pal.brush(QPalette::Text));
        QColor grid = pal.color(QPalette::Text);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
}

} // namespace ls
