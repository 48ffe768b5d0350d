#pragma once
// A chart of values over the run's time: line or stacked-area series, phase bands (a shaded area and a label
// per phase) and reference lines (a phase's goal and critical levels), drawn on one time axis that several
// charts share. Series are downsampled in core (ls::downsampleMinMax, ls::stackLayers) to a bounded number of
// points, so a chart of an hour-long run costs what one of a minute does.

#include "Downsample.h"

#include <QChartView>
#include <QColor>

#include <vector>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace ls {

struct PhaseBand
{
    QString name;
    double startS = 0;
    double endS = 0;
};

struct ReferenceLine
{
    double startS = 0;
    double endS = 0;
    double value = 0;
    QString label; // drawn above the line's right end, e.g. "P95 goal 200 ms"
    QColor color;
    Qt::PenStyle style = Qt::DashLine;
};

// Sets the axis to [from, to] with about `count` ticks at a readable step, without ever laying out a wide
// range at a fine step in between (thousands of labels: a stall of seconds).
void setAxisRangeWithTicks(QValueAxis *axis, double from, double to, int count);

class TimeSeriesChart : public QChartView
{
    Q_OBJECT
public:
    // Points per series at most; a 10-minute phase at one point per second fits without downsampling.
    static constexpr int maxPointsPerSeries = 800;

    TimeSeriesChart(const QString &title, const QString &valueTitle, QWidget *parent = nullptr);

    // A line series owned by the chart; objectName lets tests and accessibility tools find it.
    QLineSeries *addLine(const QString &name, const QColor &color, const QString &objectName);
    void setLinePoints(QLineSeries *series, const std::vector<QPointF> &points);
    // Stacked areas, one per name (bottom first); recreated when the names change.
    void setStackedAreas(const QStringList &names, const StackedLayers &layers);
    const std::vector<QAreaSeries *> &areas() const { return m_areas; }

    void setTimeRange(double fromS, double toS);
    // Charts stacked in a grid name the time axis once, under the bottom row.
    void setTimeAxisTitleVisible(bool visible);
    double timeRangeEnd() const;
    void setPhaseBands(std::vector<PhaseBand> bands);
    const std::vector<PhaseBand> &phaseBands() const { return m_bands; }
    void setReferenceLines(std::vector<ReferenceLine> lines);
    const std::vector<ReferenceLine> &referenceLines() const { return m_referenceLines; }
    // The value axis follows the data and the lowest reference line (the goal nearest to the data), rounded up.
    void updateValueRange();
    double valueRangeEnd() const;
    void clearData();

    static QColor areaColor(int index);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;

private:
    double toSceneX(double seconds, const QRectF &plot) const;
    double toSceneY(double value, const QRectF &plot) const;
    void applyPalette();

    QValueAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    std::vector<QLineSeries *> m_lines;
    std::vector<double> m_lineMaxima; // per line, the highest value shown
    std::vector<QAreaSeries *> m_areas;
    QStringList m_areaNames;
    double m_areaMaximum = 0;
    std::vector<PhaseBand> m_bands;
    std::vector<ReferenceLine> m_referenceLines;
};

} // namespace ls
