#pragma once
// The latency distribution of one or more phases as HdrHistogram plots it: latency (ms) against percentile on
// a "nines" axis (50%, 90%, 99%, 99.9%, 99.99% equally spaced: x = log10(1 / (1 - p))), one line per phase.
// The points come from ls::percentileSpectrum; hovering a line names the phase, percentile and latency.

#include "Histogram.h"

#include <QChartView>

#include <vector>

class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace ls {

class PercentileSpectrumChart : public QChartView
{
    Q_OBJECT
public:
    explicit PercentileSpectrumChart(QWidget *parent = nullptr);

    struct Line
    {
        QString name;
        Histogram latencyUs;
    };
    void setLines(const std::vector<Line> &lines);
    void clear();
    QList<QLineSeries *> lineSeries() const;

    static QColor lineColor(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void showPointToolTip(const QLineSeries *series, const QPointF &point, bool entering);

    QCategoryAxis *m_percentileAxis = nullptr;
    QValueAxis *m_latencyAxis = nullptr;
};

} // namespace ls
